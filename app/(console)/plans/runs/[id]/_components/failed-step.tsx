'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';
import { resolveStepAction } from '../../../actions';

const CHOICES = [
  { decision: 'resume', label: 'Resume', what: 'The step is sent again, as a new attempt, and the run goes on.' },
  { decision: 'skip', label: 'Skip', what: 'The step stays as it is and the run goes on with the next one.' },
  { decision: 'abandon', label: 'Abandon', what: 'The run ends here. Nothing already done is undone.' },
] as const;

/** The ways on from a failed step: resume it, skip it, or abandon the run. */
export function FailedStep({ runId, step, blocked }: { runId: string; step: number; blocked: string | null }) {
  const n = step + 1;
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      {CHOICES.map((c) => (
        <ActionDialog
          key={c.decision}
          label={`${c.label} step ${n}`}
          title={`${c.label} step ${n}`}
          disabledReason={blocked}
          danger={c.decision === 'abandon'}
        >
          {(close) => (
            <ConfirmActionForm
              action={resolveStepAction}
              values={{ runId, step: String(step), decision: c.decision }}
              summary={<p>{c.what}</p>}
              submitLabel={c.label}
              danger={c.decision === 'abandon'}
              onCancel={close}
            />
          )}
        </ActionDialog>
      ))}
    </div>
  );
}
