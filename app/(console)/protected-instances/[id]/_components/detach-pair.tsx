'use client';

import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';

/** Detaching one replicated disk from the instance; the pair itself is kept. */
export function DetachPair({
  instanceId,
  pair,
  device,
  blocked,
  action,
}: {
  instanceId: string;
  pair: { id: string; name: string };
  device: string;
  blocked: string | null;
  action: (input: FieldValues) => Promise<unknown>;
}) {
  return (
    <ActionDialog label="Detach" title={`Detach ${pair.name}`} disabledReason={blocked}>
      {(close) => (
        <ConfirmActionForm
          action={action}
          values={{ instanceId, pairId: pair.id }}
          summary={
            <p>
              {pair.name} ({device}) is detached from the instance and kept, with its DR disk. The disk stays on the
              production server but is no longer part of this instance&apos;s recovery.
            </p>
          }
          submitLabel="Detach"
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
