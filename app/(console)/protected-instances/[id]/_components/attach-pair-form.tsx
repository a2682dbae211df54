'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { useDialogForm } from '@/components/dr/use-dialog-form';
import { SelectField } from '@/components/ui/select-field';
import type { AttachInput } from '@/lib/schemas/day-two';

export interface AttachablePair {
  id: string;
  name: string;
  detail: string;
}

/** Attaches a free pair of the group under a device name the server does not use. */
export function AttachPairForm({
  instanceId,
  pairs,
  devices,
  serverStopped,
  action,
  onCancel,
}: {
  instanceId: string;
  pairs: AttachablePair[];
  devices: string[];
  serverStopped: boolean;
  action: (input: AttachInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const firstDataDevice = devices.find((d) => !d.endsWith('da')) ?? devices[0] ?? '';
  const { form, submit, isPending, formError, cloudError } = useDialogForm<AttachInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).attachSchema,
    { instanceId, pairId: pairs[0]?.id ?? '', device: firstDataDevice },
    onCancel,
  );
  const errors = form.formState.errors;
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <SelectField
        id="attach-pair"
        label="Replication pair"
        options={pairs.map((p) => ({ value: p.id, label: `${p.name} (${p.detail})` }))}
        error={errors.pairId?.message}
        {...form.register('pairId')}
      />
      <SelectField
        id="attach-device"
        label="Device name"
        options={devices.map((d) => ({
          value: d,
          label: d.endsWith('da') ? `${d} (system disk)` : d,
          disabled: d.endsWith('da') && !serverStopped,
        }))}
        hint={
          serverStopped
            ? 'Only device names the server does not use are listed.'
            : 'Only free device names are listed; the system disk slot needs the server stopped.'
        }
        error={errors.device?.message}
        {...form.register('device')}
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Attach"
        pendingLabel="Attaching…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The "Attach replication pair" button and its dialog. */
export function AttachPair({
  blocked,
  ...props
}: Omit<Parameters<typeof AttachPairForm>[0], 'onCancel'> & { blocked: string | null }) {
  return (
    <ActionDialog label="Attach replication pair" title="Attach a replication pair" disabledReason={blocked}>
      {(close) => <AttachPairForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
