'use client';

import { ActionDialog } from '@/components/dr/action-dialog';
import { useWatch } from 'react-hook-form';
import { ChoiceList } from '@/components/forms/choice-list';
import { DialogFormFooter } from '@/components/dr/dialog-form-footer';
import { useDialogForm } from '@/components/dr/use-dialog-form';
import { flavorProblem, type FlavorChoice, type ResizeTarget } from '@/lib/dr/instance-rules';
import type { ResizeInput } from '@/lib/schemas/day-two';

export interface ResizeServer {
  name: string;
  flavorId: string;
  running: boolean;
}

const TARGETS: { value: ResizeTarget; label: string }[] = [
  { value: 'production', label: 'Production server only' },
  { value: 'dr', label: 'DR server only' },
  { value: 'both', label: 'Both servers, to the same flavor' },
];

/** Changes the flavor of one or both servers; flavors a site cannot take stay listed with why. */
export function ResizeForm({
  instanceId,
  production,
  dr,
  flavors,
  action,
  onCancel,
}: {
  instanceId: string;
  production: ResizeServer;
  dr: ResizeServer;
  flavors: FlavorChoice[];
  action: (input: ResizeInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submit, isPending, formError, cloudError } = useDialogForm<ResizeInput>(
    action,
    async () => (await import('@/lib/schemas/day-two')).resizeSchema,
    { instanceId, target: 'both', flavorId: '' },
    onCancel,
  );
  const target = useWatch({ control: form.control, name: 'target' }) as ResizeTarget;
  const present = (f: FlavorChoice) =>
    (target === 'both' && f.id === production.flavorId && f.id === dr.flavorId) ||
    (target === 'production' && f.id === production.flavorId) ||
    (target === 'dr' && f.id === dr.flavorId);
  const choices = flavors.map((f) => ({
    id: f.id,
    label: f.id,
    detail: `${f.vcpus} vCPU, ${Math.round(f.ramMb / 1024)} GiB`,
    problem: present(f) ? 'The flavor it has now.' : flavorProblem(f, target),
  }));
  const running = [
    target !== 'dr' && production.running ? production.name : null,
    target !== 'production' && dr.running ? dr.name : null,
  ].filter(Boolean);
  const errors = form.formState.errors;
  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <p className="text-sm text-slate-800">
        Now: production {production.name} is {production.flavorId}, DR {dr.name} is {dr.flavorId}.
      </p>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Change</legend>
        {TARGETS.map((t) => (
          <label key={t.value} className="flex items-center gap-2 text-sm">
            <input type="radio" value={t.value} {...form.register('target')} />
            {t.label}
          </label>
        ))}
      </fieldset>
      {running.length > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          Stop {running.join(' and ')} first: a flavor changes only on a stopped server (SDRS.1352 / SDRS.1342).
        </p>
      ) : null}
      <ChoiceList
        legend="New flavor"
        choices={choices}
        field={form.register('flavorId')}
        error={errors.flavorId?.message}
        errorId="resize-flavor-error"
      />
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel="Change flavor"
        pendingLabel="Sending…"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The "Change flavor" button and its dialog. */
export function Resize({
  blocked,
  ...props
}: Omit<Parameters<typeof ResizeForm>[0], 'onCancel'> & { blocked: string | null }) {
  return (
    <ActionDialog label="Change flavor" title="Change the flavor" disabledReason={blocked}>
      {(close) => <ResizeForm {...props} onCancel={close} />}
    </ActionDialog>
  );
}
