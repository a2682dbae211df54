'use client';

import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { Field } from '@/components/ui/field';
import {
  emptyStepRow,
  MAX_PLAN_STEPS,
  PLAN_STEP_KINDS,
  type PlanStepKind,
  type PlanStepRow,
} from '@/lib/schemas/plan-steps';
import type { PlanFormInput } from '@/lib/schemas/plans';
import { savePlanAction } from '../actions';

const KIND_LABELS: Record<PlanStepKind, string> = {
  'group-action': 'Group action',
  'start-servers': 'Start the group’s servers',
  wait: 'Wait',
  manual: 'Manual step (a person confirms)',
};
const ACTION_LABELS: Record<string, string> = {
  switchover: 'Switch over (planned; stops the production servers first)',
  failover: 'Fail over',
  reprotect: 'Re-protect',
  createDrill: 'Create a DR drill',
  deleteDrill: 'Delete the group’s DR drills',
};

const select = 'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';

/** Name, description and ordered steps of a recovery plan: add, remove and move steps, then save. */
export function PlanEditor({
  groups,
  initial,
}: {
  groups: { id: string; name: string }[];
  initial: { planId: string; name: string; description: string; steps: PlanStepRow[] };
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<PlanFormInput>({
    resolver: useLazyResolver<PlanFormInput>(async () => (await import('@/lib/schemas/plans')).planSchema, {
      raw: true,
    }),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { ...initial, steps: initial.steps.length > 0 ? initial.steps : [emptyStepRow()], idempotencyKey },
  });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const values = useWatch({ control: form.control }) as PlanFormInput;
  const { submit, isPending, formError, cloudError } = useActionForm(savePlanAction, form);
  const errors = form.formState.errors;
  const stepError = (i: number, key: keyof PlanStepRow) => errors.steps?.[i]?.[key]?.message;

  return (
    <form noValidate className="max-w-3xl space-y-6" onSubmit={form.handleSubmit(submit)}>
      <Field id="name" label="Name" error={errors.name?.message} {...form.register('name')} />
      <Field
        id="description"
        label="Description (optional)"
        error={errors.description?.message}
        {...form.register('description')}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Steps, in the order they run</legend>
        {errors.steps?.message || errors.steps?.root?.message ? (
          <p className="text-sm text-red-700">{errors.steps.message ?? errors.steps.root?.message}</p>
        ) : null}
        <ol className="space-y-3">
          {steps.fields.map((field, i) => {
            const kind = values.steps?.[i]?.kind ?? field.kind;
            const n = i + 1;
            return (
              <li key={field.id} className="rounded-md border border-slate-300 bg-white p-3" data-step={n}>
                <div className="grid gap-3 md:grid-cols-2">
                  <div className="space-y-1">
                    <label htmlFor={`steps.${i}.kind`} className="block text-sm font-medium">
                      Step {n}
                    </label>
                    <select id={`steps.${i}.kind`} className={select} {...form.register(`steps.${i}.kind`)}>
                      {PLAN_STEP_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {KIND_LABELS[k]}
                        </option>
                      ))}
                    </select>
                  </div>
                  {kind === 'group-action' || kind === 'start-servers' ? (
                    <div className="space-y-1">
                      <label htmlFor={`steps.${i}.groupId`} className="block text-sm font-medium">
                        Protection group of step {n}
                      </label>
                      <select
                        id={`steps.${i}.groupId`}
                        className={select}
                        aria-invalid={stepError(i, 'groupId') ? true : undefined}
                        aria-describedby={stepError(i, 'groupId') ? `steps.${i}.groupId-error` : undefined}
                        {...form.register(`steps.${i}.groupId`)}
                      >
                        <option value="">Choose a group…</option>
                        {groups.map((g) => (
                          <option key={g.id} value={g.id}>
                            {g.name}
                          </option>
                        ))}
                      </select>
                      {stepError(i, 'groupId') ? (
                        <p id={`steps.${i}.groupId-error`} className="text-sm text-red-700">
                          {stepError(i, 'groupId')}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                  {kind === 'group-action' ? (
                    <div className="space-y-1">
                      <label htmlFor={`steps.${i}.action`} className="block text-sm font-medium">
                        Action of step {n}
                      </label>
                      <select id={`steps.${i}.action`} className={select} {...form.register(`steps.${i}.action`)}>
                        {Object.entries(ACTION_LABELS).map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : null}
                  {kind === 'wait' ? (
                    <Field
                      id={`steps.${i}.seconds`}
                      label={`Seconds to wait in step ${n}`}
                      inputMode="numeric"
                      error={stepError(i, 'seconds')}
                      {...form.register(`steps.${i}.seconds`)}
                    />
                  ) : null}
                  {kind === 'manual' ? (
                    <Field
                      id={`steps.${i}.text`}
                      label={`What a person does in step ${n}`}
                      error={stepError(i, 'text')}
                      {...form.register(`steps.${i}.text`)}
                    />
                  ) : null}
                </div>
                <div className="mt-2 flex gap-2">
                  <button
                    type="button"
                    className={buttonClasses.secondary}
                    disabled={i === 0}
                    onClick={() => steps.move(i, i - 1)}
                    aria-label={`Move step ${n} up`}
                  >
                    Up
                  </button>
                  <button
                    type="button"
                    className={buttonClasses.secondary}
                    disabled={i === steps.fields.length - 1}
                    onClick={() => steps.move(i, i + 1)}
                    aria-label={`Move step ${n} down`}
                  >
                    Down
                  </button>
                  <button
                    type="button"
                    className={buttonClasses.secondary}
                    disabled={steps.fields.length === 1}
                    onClick={() => steps.remove(i)}
                    aria-label={`Remove step ${n}`}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className={buttonClasses.secondary}
          disabled={steps.fields.length >= MAX_PLAN_STEPS}
          onClick={() => steps.append(emptyStepRow())}
        >
          Add a step
        </button>
        {steps.fields.length >= MAX_PLAN_STEPS ? (
          <p className="text-sm text-slate-700">A plan has at most {MAX_PLAN_STEPS} steps.</p>
        ) : null}
      </fieldset>
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      {cloudError ? <CloudErrorPanel error={cloudError} title="The cloud refused" /> : null}
      <button type="submit" className={buttonClasses.primary} disabled={isPending}>
        {isPending ? 'Saving…' : 'Save plan'}
      </button>
    </form>
  );
}
