'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ChoiceList, type Choice } from '@/components/forms/choice-list';
import { NameFields } from '@/components/forms/name-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import type { ReplicationPairInput } from '@/lib/schemas/replication-pair';
import { createReplicationPair } from '../actions';

export function ReplicationPairForm({ groupId, drAz, disks }: { groupId: string; drAz: string; disks: Choice[] }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<ReplicationPairInput>({
    resolver: useLazyResolver<ReplicationPairInput>(
      async () => (await import('@/lib/schemas/replication-pair')).replicationPairSchema,
    ),
    // Errors appear on submit, then follow each keystroke; none appear on blur, which would move the button away under a click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { serverGroupId: groupId, volumeId: '', name: '', description: '', idempotencyKey },
  });
  const values = useWatch({ control: form.control }) as ReplicationPairInput;
  const { submit, isPending, formError, cloudError } = useActionForm(createReplicationPair, form);
  const errors = form.formState.errors;
  const chosen = disks.find((d) => d.id === values.volumeId);

  return (
    <form noValidate className="space-y-6" onSubmit={form.handleSubmit(submit)}>
      <ChoiceList
        legend="Production disk"
        choices={disks}
        field={form.register('volumeId')}
        error={errors.volumeId?.message}
        errorId="volumeId-error"
      />
      <NameFields register={form.register} errors={errors} values={values} />
      {chosen ? (
        <p className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
          The cloud will create a DR disk like {chosen.label} in {drAz} and replicate to it synchronously, starting with
          the group&apos;s protection.
        </p>
      ) : null}
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused the request" /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <button type="submit" className={buttonClasses.primary} disabled={isPending}>
        {isPending ? 'Creating…' : 'Create replication pair'}
      </button>
    </form>
  );
}
