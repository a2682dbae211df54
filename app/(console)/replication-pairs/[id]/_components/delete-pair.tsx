'use client';

import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';

/** Deleting a replication pair no instance holds; the DR disk goes only when asked. */
export function DeletePair({
  pair,
  drDiskName,
  blocked,
  action,
}: {
  pair: { id: string; name: string };
  drDiskName: string;
  blocked: string | null;
  action: (input: FieldValues) => Promise<unknown>;
}) {
  return (
    <ActionDialog label="Delete replication pair" title={`Delete ${pair.name}`} disabledReason={blocked} danger>
      {(close) => (
        <ConfirmActionForm
          action={action}
          values={{ pairId: pair.id }}
          summary={<p>Replication of this disk ends and the pair {pair.name} is deleted; the production disk stays.</p>}
          options={[
            {
              name: 'deleteDrDisk',
              label: `Also delete the DR disk ${drDiskName}`,
              hint: 'Without it, the DR disk stays in the DR AZ as an ordinary disk (and is billed).',
            },
          ]}
          submitLabel="Delete the pair"
          danger
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
