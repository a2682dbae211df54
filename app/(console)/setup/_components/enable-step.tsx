'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';
import { enableProtection } from '../../protection-groups/[id]/actions';

/** The set-up's last step: the same dialog as on the group's page. */
export function EnableStep({
  group,
  blocked,
}: {
  group: { id: string; name: string; productionAz: string; drAz: string };
  blocked: string | null;
}) {
  return (
    <ActionDialog label="Enable protection" title={`Enable protection of ${group.name}`} disabledReason={blocked}>
      {(close) => (
        <ConfirmActionForm
          action={enableProtection}
          values={{ groupId: group.id }}
          summary={
            <p>
              Replication from {group.productionAz} to {group.drAz} starts with a full synchronization of every pair.
            </p>
          }
          submitLabel="Enable protection"
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
