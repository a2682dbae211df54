'use client';

import type { FieldValues } from 'react-hook-form';
import { ActionDialog } from '@/components/dr/action-dialog';
import { ConfirmActionForm } from '@/components/dr/confirm-action-form';

/** Deleting an extension NIC from both servers of the instance. */
export function DeleteNic({
  instanceId,
  nic,
  blocked,
  action,
}: {
  instanceId: string;
  nic: { portId: string; ip: string };
  blocked: string | null;
  action: (input: FieldValues) => Promise<unknown>;
}) {
  return (
    <ActionDialog label={`Delete NIC ${nic.ip}`} title={`Delete NIC ${nic.ip}`} disabledReason={blocked} danger>
      {(close) => (
        <ConfirmActionForm
          action={action}
          values={{ instanceId, portId: nic.portId }}
          summary={<p>The NIC with address {nic.ip} is removed from the production and the DR server.</p>}
          submitLabel="Delete NIC"
          danger
          onCancel={close}
        />
      )}
    </ActionDialog>
  );
}
