'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { useDialogForm } from '@/components/dr/use-dialog-form';
import { TagsField } from '@/components/forms/tags-field';
import type { EditTagsInput } from '@/lib/schemas/day-two';

/** The instance's tags as one list: add, change and remove rows, then save once. */
export function TagsForm({
  instanceId,
  tags,
  action,
  onCancel,
}: {
  instanceId: string;
  tags: { key: string; value: string }[];
  action: (input: EditTagsInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submit, isPending, formError, cloudError } = useDialogForm<EditTagsInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).editTagsSchema,
    { instanceId, tags },
    onCancel,
  );
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <TagsField
        control={form.control}
        register={form.register}
        errors={form.formState.errors.tags}
        limitNote="That is the most tags an instance can have in the console; remove one to add another."
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Save tags"
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The "Edit tags" button and its dialog. */
export function EditTags({
  blocked,
  ...props
}: Omit<Parameters<typeof TagsForm>[0], 'onCancel'> & { blocked: string | null }) {
  return (
    <ActionDialog label="Edit tags" title="Edit tags" disabledReason={blocked}>
      {(close) => <TagsForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
