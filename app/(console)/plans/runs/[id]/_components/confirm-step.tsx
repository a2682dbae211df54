'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { buttonClasses } from '@/components/ui/button-classes';
import { confirmStepAction } from '../../../actions';

/** A person confirms the manual step the run waits at, with an optional note kept in the report. */
export function ConfirmStep({ runId, step, blocked }: { runId: string; step: number; blocked: string | null }) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm({ defaultValues: { runId, step: String(step), note: '', idempotencyKey } });
  const router = useRouter();
  const { submit, isPending, formError } = useActionForm(confirmStepAction, form, { onDone: () => router.refresh() });
  const n = step + 1;
  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} className="mt-2 space-y-2">
      <label htmlFor={`note-${n}`} className="block text-sm font-medium">
        Note for step {n} (optional, kept in the report)
      </label>
      <textarea
        id={`note-${n}`}
        rows={2}
        maxLength={500}
        className="block w-full max-w-xl rounded-md border border-slate-400 px-3 py-2 text-sm"
        {...form.register('note')}
      />
      {formError ? (
        <p role="alert" className="text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <button type="submit" className={buttonClasses.primary} disabled={isPending || Boolean(blocked)}>
        {isPending ? 'Confirming…' : `Confirm step ${n}`}
      </button>
      {blocked ? <p className="text-xs text-slate-700">{blocked}</p> : null}
    </form>
  );
}
