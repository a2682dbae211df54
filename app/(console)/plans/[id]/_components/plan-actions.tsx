'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';
import { deletePlanAction, startRunAction } from '../../actions';

/** Run as a drill, run for real (the plan's name typed to confirm), delete. */
export function PlanActions({
  plan,
  runBlocked,
  manageBlocked,
}: {
  plan: { id: string; name: string };
  runBlocked: string | null;
  manageBlocked: string | null;
}) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ActionDialog label="Run as a drill" title={`Drill ${plan.name}`} disabledReason={runBlocked}>
        {(close) => (
          <ConfirmActionForm
            action={startRunAction}
            values={{ planId: plan.id, mode: 'drill' }}
            summary={
              <p>
                A drill of each group is created and its servers started in the plan&apos;s order, with its waits and
                manual steps; production is not touched. After your confirmation the drills are deleted.
              </p>
            }
            submitLabel="Start the drill"
            onCancel={close}
          />
        )}
      </ActionDialog>
      <ActionDialog label="Run for real" title={`Run ${plan.name}`} disabledReason={runBlocked} danger>
        {(close) => (
          <ConfirmActionForm
            action={startRunAction}
            values={{ planId: plan.id, mode: 'real' }}
            summary={
              <p>
                Every step runs for real, in order: switchovers and failovers move production to the other site. The run
                stops at the first step that fails, and you decide how to go on.
              </p>
            }
            confirmName={plan.name}
            submitLabel="Start the recovery"
            danger
            onCancel={close}
          />
        )}
      </ActionDialog>
      <ActionDialog label="Delete plan" title={`Delete ${plan.name}`} disabledReason={manageBlocked} danger>
        {(close) => (
          <ConfirmActionForm
            action={deletePlanAction}
            values={{ planId: plan.id }}
            summary={<p>The plan goes; its past runs and their reports stay in the job ledger.</p>}
            confirmName={plan.name}
            submitLabel="Delete"
            danger
            onCancel={close}
          />
        )}
      </ActionDialog>
    </div>
  );
}
