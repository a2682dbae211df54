'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { useForm, useWatch, type FieldValues } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field } from '@/components/ui/field';
import { DialogFormFooter } from './dialog-form-footer';

export interface ConfirmOption {
  name: string;
  label: string;
  hint?: string;
  defaultChecked?: boolean;
}

/**
 * The body of a confirmation dialog: what will happen, optional choices, optional typed
 * confirmation, then one submit through the action (which checks everything again on the server).
 */
export function ConfirmActionForm({
  action,
  values,
  summary,
  confirmName,
  options = [],
  submitLabel,
  pendingLabel = 'Sending…',
  danger = false,
  onCancel,
}: {
  action: (input: FieldValues) => Promise<unknown>;
  /** What the action acts on (ids), sent as they are. */
  values: Record<string, string>;
  summary: ReactNode;
  /** When set, the user types this name to confirm. */
  confirmName?: string;
  options?: ConfirmOption[];
  submitLabel: string;
  pendingLabel?: string;
  danger?: boolean;
  onCancel: () => void;
}) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<FieldValues>({
    defaultValues: {
      ...values,
      idempotencyKey,
      ...(confirmName !== undefined ? { confirmName: '' } : {}),
      ...Object.fromEntries(options.map((o) => [o.name, o.defaultChecked ?? false])),
    },
  });
  const router = useRouter();
  // An action that stays on the page closes its dialog once done and shows the page anew.
  const { submit, isPending, formError, cloudError } = useActionForm(action, form, {
    onDone: () => {
      onCancel();
      router.refresh();
    },
  });
  const typed = useWatch({ control: form.control, name: 'confirmName' }) as string | undefined;
  const confirmed = confirmName === undefined || typed?.trim() === confirmName;

  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <div className="space-y-2 text-sm text-slate-800">{summary}</div>
      {options.map((o) => (
        <label key={o.name} className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" {...form.register(o.name)} />
          <span>
            {o.label}
            {o.hint ? <span className="block text-xs text-slate-600">{o.hint}</span> : null}
          </span>
        </label>
      ))}
      {confirmName !== undefined ? (
        <Field
          id="confirmName"
          label={`Type ${confirmName} to confirm`}
          autoComplete="off"
          spellCheck={false}
          error={form.formState.errors.confirmName?.message as string | undefined}
          {...form.register('confirmName')}
        />
      ) : null}
      <DialogFormFooter
        cloudError={cloudError}
        formError={formError}
        isPending={isPending}
        submitLabel={submitLabel}
        pendingLabel={pendingLabel}
        danger={danger}
        disabled={!confirmed}
        onCancel={onCancel}
      />
    </form>
  );
}
