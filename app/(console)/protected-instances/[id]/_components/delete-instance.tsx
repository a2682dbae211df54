'use client';

import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';

/** Deleting a protected instance, after a confirmation that names what goes and what stays. */
export function DeleteInstance({
  instance,
  drServerName,
  pairNames,
  blocked,
  action,
}: {
  instance: { id: string; name: string };
  drServerName: string;
  pairNames: string[];
  blocked: string | null;
  action: (input: FieldValues) => Promise<unknown>;
}) {
  return (
    <ActionDialog label="Delete protected instance" title={`Delete ${instance.name}`} disabledReason={blocked} danger>
      {(close) => (
        <ConfirmActionForm
          action={action}
          values={{ instanceId: instance.id }}
          summary={
            <>
              <p>The protected instance {instance.name} is deleted; its production server keeps running.</p>
              <p>
                {pairNames.length > 0
                  ? `Its replication pairs (${pairNames.join(', ')}) are detached and kept: delete them from their own pages.`
                  : 'It holds no replication pair.'}
              </p>
            </>
          }
          options={[
            {
              name: 'deleteDrServer',
              label: `Also delete the DR server ${drServerName}`,
              hint: 'Without it, the stopped DR server stays in the DR AZ (and is billed).',
              defaultChecked: true,
            },
            { name: 'releaseEip', label: 'Also release the DR server’s EIP', hint: 'Only with the DR server.' },
          ]}
          submitLabel="Delete the instance"
          danger
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
