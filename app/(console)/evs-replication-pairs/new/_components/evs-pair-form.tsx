'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ChoiceList } from '@/components/forms/choice-list';
import { NameFields } from '@/components/forms/name-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { evsDrProblem, evsProductionProblem, type EvsDisk } from '@/lib/dr/evs-pairing';
import type { EvsReplicationPairInput } from '@/lib/schemas/evs-replication-pair';
import { createEvsReplicationPair } from '../actions';

const UNLISTED = 'disks are already in a replication pair or encrypted';

/** `disks` holds each listed disk's facts once; the pairing rule runs here as the user picks. */
export function EvsPairForm({ disks, total }: { disks: EvsDisk[]; total: number }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<EvsReplicationPairInput>({
    resolver: useLazyResolver<EvsReplicationPairInput>(
      async () => (await import('@/lib/schemas/evs-replication-pair')).evsReplicationPairSchema,
    ),
    // Errors appear on submit, then follow each keystroke; none appear on blur, which would move the button away under a click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { name: '', description: '', productionVolumeId: '', drVolumeId: '', idempotencyKey },
  });
  const values = useWatch({ control: form.control }) as EvsReplicationPairInput;
  const { submit, isPending, formError, cloudError } = useActionForm(createEvsReplicationPair, form);
  const errors = form.formState.errors;
  const prod = disks.find((d) => d.id === values.productionVolumeId);

  return (
    <form noValidate className="space-y-6" onSubmit={form.handleSubmit(submit)}>
      <NameFields register={form.register} errors={errors} values={values} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChoiceList
          legend="Production disk"
          choices={disks.map((d) => ({ id: d.id, label: d.label, detail: d.detail, problem: evsProductionProblem(d) }))}
          total={total}
          unlisted={UNLISTED}
          field={form.register('productionVolumeId', { onChange: () => form.setValue('drVolumeId', '') })}
          error={errors.productionVolumeId?.message}
          errorId="productionVolumeId-error"
        />
        <ChoiceList
          legend="DR disk (another AZ, same type and size)"
          choices={disks.map((d) => ({
            id: d.id,
            label: d.label,
            detail: d.detail,
            problem: evsDrProblem(d, prod),
          }))}
          total={total}
          unlisted={UNLISTED}
          field={form.register('drVolumeId')}
          error={errors.drVolumeId?.message}
          errorId="drVolumeId-error"
        />
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-300 bg-white p-3 text-sm">
        <dt className="font-medium">Production site (priority station)</dt>
        <dd>{prod ? prod.az : 'the production disk’s AZ'}</dd>
        <dt className="font-medium">Replication model</dt>
        <dd>hypermetro (synchronous)</dd>
      </dl>
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused the request" /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <button type="submit" className={buttonClasses.primary} disabled={isPending}>
        {isPending ? 'Creating…' : 'Create EVS replication pair'}
      </button>
    </form>
  );
}
