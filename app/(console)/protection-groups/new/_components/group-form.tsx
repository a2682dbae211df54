'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ChoiceList, type Choice } from '@/components/forms/choice-list';
import { NameFields } from '@/components/forms/name-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import type { ProtectionGroupInput } from '@/lib/schemas/cycle';
import { createProtectionGroup } from '../actions';

export interface DomainOption {
  id: string;
  name: string;
  azs: [string, string];
  soldOut: boolean;
}

/** Name, the DR direction within an active-active domain, and the VPC. */
export function GroupForm({ domains, vpcs, guided }: { domains: DomainOption[]; vpcs: Choice[]; guided: boolean }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const first = domains.find((d) => !d.soldOut);
  const form = useForm<ProtectionGroupInput>({
    resolver: useLazyResolver<ProtectionGroupInput>(
      async () => (await import('@/lib/schemas/cycle')).protectionGroupSchema,
    ),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: {
      name: '',
      description: '',
      domainId: first?.id ?? '',
      productionAz: first?.azs[0] ?? '',
      vpcId: '',
      guided,
      idempotencyKey,
    },
  });
  const values = useWatch({ control: form.control }) as ProtectionGroupInput;
  const { submit, isPending, formError, cloudError } = useActionForm(createProtectionGroup, form);
  const errors = form.formState.errors;
  const domain = domains.find((d) => d.id === values.domainId);
  const drAz = domain?.azs.find((az) => az !== values.productionAz);

  return (
    <form noValidate className="max-w-3xl space-y-6" onSubmit={form.handleSubmit(submit)}>
      <NameFields register={form.register} errors={errors} values={values} />
      <fieldset aria-describedby={errors.domainId ? 'domainId-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Active-active domain</legend>
        {domains.map((d) => (
          <label key={d.id} className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              value={d.id}
              disabled={d.soldOut}
              {...form.register('domainId', { onChange: () => form.setValue('productionAz', d.azs[0]) })}
            />
            {d.name}: {d.azs.join(' ↔ ')}
            {d.soldOut ? ' (sold out)' : ''}
          </label>
        ))}
        {errors.domainId ? (
          <p id="domainId-error" className="mt-1 text-sm text-red-700">
            {errors.domainId.message}
          </p>
        ) : null}
      </fieldset>
      {domain ? (
        <fieldset aria-describedby={errors.productionAz ? 'productionAz-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">DR direction</legend>
          {domain.azs.map((az) => (
            <label key={az} className="mt-1 flex items-center gap-2 text-sm">
              <input type="radio" value={az} {...form.register('productionAz')} />
              Production in {az} → DR in {domain.azs.find((other) => other !== az)}
            </label>
          ))}
          {errors.productionAz ? (
            <p id="productionAz-error" className="mt-1 text-sm text-red-700">
              {errors.productionAz.message}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <ChoiceList
        legend="VPC of the production servers"
        choices={vpcs}
        field={form.register('vpcId')}
        error={errors.vpcId?.message}
        errorId="vpcId-error"
      />
      <p className="rounded-md border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950">
        The DR site uses the same VPC. Servers of this VPC in {values.productionAz || 'the production AZ'} can then be
        protected; their copies go to {drAz ?? 'the DR AZ'}.
      </p>
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused the request" /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <button type="submit" className={buttonClasses.primary} disabled={isPending}>
        {isPending ? 'Creating…' : 'Create protection group'}
      </button>
    </form>
  );
}
