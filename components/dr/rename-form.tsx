'use client';

import { useWatch } from 'react-hook-form';
import { ByteCount } from '@/components/forms/byte-count';
import { Field } from '@/components/ui/field';
import type { RenameInput } from '@/lib/schemas/day-two';
import { NAME_MAX_BYTES } from '@/lib/schemas/limits';
import { ActionDialog } from './action-dialog';
import { DialogFormFooter } from './dialog-form-footer';
import { useDialogForm } from './use-dialog-form';

/** A new name for a group, instance or pair, under the name rule with its byte count, checked again on the server. */
export function RenameForm({
  targetId,
  current,
  action,
  onCancel,
}: {
  targetId: string;
  current: string;
  action: (input: RenameInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  // Renaming is synchronous: done, the dialog closes and the page shows the new name.
  const { form, submit, isPending, formError, cloudError } = useDialogForm<RenameInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).renameSchema,
    { targetId, name: current },
    onCancel,
  );
  const name = useWatch({ control: form.control, name: 'name' });
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <Field
        id="rename-name"
        label="New name"
        error={form.formState.errors.name?.message}
        hint={<ByteCount value={name ?? ''} max={NAME_MAX_BYTES} />}
        {...form.register('name')}
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Rename"
        pendingLabel="Renaming…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The "Rename" button and its dialog. */
export function RenameButton({
  blocked,
  ...props
}: Omit<Parameters<typeof RenameForm>[0], 'onCancel'> & { blocked: string | null }) {
  return (
    <ActionDialog label="Rename" title={`Rename ${props.current}`} disabledReason={blocked}>
      {(close) => <RenameForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
