'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { useDialogForm } from '@/components/dr/use-dialog-form';
import { Field } from '@/components/ui/field';
import type { ExpandInput } from '@/lib/schemas/day-two';

/** Grows both disks of the pair; the dialog says plainly that there is no way back. */
function ExpandForm({
  pairId,
  currentSize,
  online,
  action,
  onCancel,
}: {
  pairId: string;
  currentSize: number;
  online: boolean;
  action: (input: ExpandInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submit, isPending, formError, cloudError } = useDialogForm<ExpandInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).expandSchema,
    { pairId, newSize: currentSize + 10 },
    onCancel,
  );
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
        Both the production and the DR disk grow to the new size. A disk cannot be shrunk, and an expansion cannot be
        undone.
        {online
          ? ' The disk is in use: it is expanded online; extend the file system inside the server afterwards.'
          : ''}
      </p>
      <Field
        id="expand-size"
        label={`New size in GB (now ${currentSize} GB)`}
        type="number"
        inputMode="numeric"
        min={currentSize + 1}
        error={form.formState.errors.newSize?.message}
        {...form.register('newSize')}
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Expand"
        pendingLabel="Sending…"
        onCancel={onCancel}
      />
    </form>
  );
}

export function ExpandPair({
  name,
  blocked,
  ...props
}: Omit<Parameters<typeof ExpandForm>[0], 'onCancel'> & { name: string; blocked: string | null }) {
  return (
    <ActionDialog label="Expand" title={`Expand ${name}`} disabledReason={blocked}>
      {(close) => <ExpandForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
