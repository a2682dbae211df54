'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FieldError } from '@/components/forms/field-error';
import { NameFields } from '@/components/forms/name-fields';
import { TagsField } from '@/components/forms/tags-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { Field } from '@/components/ui/field';
import type { ProtectedInstanceInput } from '@/lib/schemas/protected-instance';
import { createProtectedInstance } from '../actions';
import type { ProtectedInstanceFormOptions } from './form-options';
import { Review } from './review';
import { ServerPicker } from './server-picker';

const input =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700';
const label = 'block text-sm font-medium text-slate-800';

export function ProtectedInstanceForm({ options }: { options: ProtectedInstanceFormOptions }) {
  const resolver = useLazyResolver<ProtectedInstanceInput>(async () =>
    (await import('@/lib/schemas/protected-instance')).protectedInstanceSchema(options.subnets),
  );
  // One key per form: a double click or a retried request finds the first job instead of making a second.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [step, setStep] = useState<'edit' | 'review'>('edit');
  const form = useForm<ProtectedInstanceInput>({
    resolver,
    // Errors appear on submit, then follow each keystroke; none appear on blur, which would move the button away under a click.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: {
      serverGroupId: options.group.id,
      serverId: '',
      name: '',
      description: '',
      subnetId: '',
      ipAddress: '',
      flavorRef: '',
      tags: [],
      idempotencyKey,
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;
  const values = useWatch({ control: form.control }) as ProtectedInstanceInput;
  const server = options.servers.find((s) => s.id === values.serverId);
  const flavor = options.flavors.find((f) => f.id === values.flavorRef);
  const smallerFlavor = server && flavor && (flavor.vcpus < server.flavor.vcpus || flavor.ram < server.flavor.ram);

  const { submit, isPending, formError, cloudError, clearFeedback } = useActionForm(createProtectedInstance, form, {
    onFieldErrors: () => setStep('edit'),
  });

  const toReview = form.handleSubmit(() => {
    clearFeedback();
    setStep('review');
  });

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-6">
      {step === 'edit' ? (
        <>
          <ServerPicker
            servers={options.servers}
            total={options.serverTotal}
            field={register('serverId')}
            error={errors.serverId?.message}
          />
          <NameFields register={register} errors={errors} values={values} />
          <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4 md:grid-cols-3">
            <legend className="px-1 text-sm font-medium">DR server ({options.group.drAz})</legend>
            <div className="space-y-1">
              <label htmlFor="subnetId" className={label}>
                Primary subnet
              </label>
              <select
                id="subnetId"
                className={input}
                aria-invalid={errors.subnetId ? true : undefined}
                aria-describedby="subnetId-error"
                {...register('subnetId')}
              >
                <option value="">Same as the production server</option>
                {options.subnets.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.cidr})
                  </option>
                ))}
              </select>
              <FieldError id="subnetId-error" message={errors.subnetId?.message} />
            </div>
            <Field
              id="ipAddress"
              label="Primary IP"
              disabled={!values.subnetId}
              placeholder={values.subnetId ? 'Assigned automatically' : 'Choose a subnet first'}
              error={errors.ipAddress?.message}
              {...register('ipAddress')}
            />
            <div className="space-y-1">
              <label htmlFor="flavorRef" className={label}>
                Flavor
              </label>
              <select
                id="flavorRef"
                className={input}
                aria-invalid={errors.flavorRef ? true : undefined}
                aria-describedby="flavorRef-error flavor-warning"
                {...register('flavorRef')}
              >
                <option value="">Same as production{server ? ` (${server.flavor.id})` : ''}</option>
                {options.flavors.map((f) => (
                  <option key={f.id} value={f.id} disabled={!f.available}>
                    {f.id} · {f.vcpus} vCPU · {f.ram / 1024} GiB{f.available ? '' : ' · sold out in this AZ'}
                  </option>
                ))}
              </select>
              <FieldError id="flavorRef-error" message={errors.flavorRef?.message} />
              {smallerFlavor ? (
                <p id="flavor-warning" className="text-xs text-amber-800">
                  Smaller than the production flavor ({server.flavor.id}): the DR server may not carry the full load
                  after a failover.
                </p>
              ) : null}
            </div>
          </fieldset>
          <TagsField control={form.control} register={register} errors={errors.tags} />
        </>
      ) : (
        <Review values={values} options={options} />
      )}
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused the request" /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <div className="flex gap-3">
        {step === 'edit' ? (
          <button type="button" className={buttonClasses.primary} onClick={() => void toReview()}>
            Review
          </button>
        ) : (
          <>
            <button
              type="button"
              className={buttonClasses.secondary}
              onClick={() => setStep('edit')}
              disabled={isPending}
            >
              Back to the form
            </button>
            <button
              type="button"
              className={buttonClasses.primary}
              disabled={isPending}
              onClick={() => submit(form.getValues())}
            >
              {isPending ? 'Creating…' : 'Create protected instance'}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
