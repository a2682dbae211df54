'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ByteCount } from '@/components/forms/byte-count';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { Field } from '@/components/ui/field';
import type { RenameGroupInput } from '@/lib/schemas/cycle';
import { NAME_MAX_BYTES } from '@/lib/schemas/limits';
import { DialogFormFooter } from './dialog-form-footer';

/** A new name for a group, under the name rule with its byte count, checked again on the server. */
export function RenameForm({
  groupId,
  current,
  action,
  onCancel,
}: {
  groupId: string;
  current: string;
  action: (input: RenameGroupInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<RenameGroupInput>({
    resolver: useLazyResolver<RenameGroupInput>(async () => (await import('@/lib/schemas/cycle')).renameGroupSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { groupId, name: current, idempotencyKey },
  });
  const name = useWatch({ control: form.control, name: 'name' });
  const router = useRouter();
  // Renaming is synchronous: done, the dialog closes and the page shows the new name.
  const { submit, isPending, formError, cloudError } = useActionForm(action, form, {
    onDone: () => {
      onCancel();
      router.refresh();
    },
  });
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
