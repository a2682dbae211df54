'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ActionFailure, CloudErrorView } from '@/lib/write/result';

interface Options<T extends FieldValues> {
  /** A secret the form clears after any failure (a password, a secret key). */
  clearOnFailure?: Path<T>;
  /** Called before server field errors are set, e.g. to show the step that holds them. */
  onFieldErrors?: () => void;
  /** Called when an action that stays on the page (no redirect) has done its work. */
  onDone?: () => void;
}

const firstMessage = (issue: unknown): string | undefined => (issue as { _errors?: string[] })?._errors?.[0];

/**
 * Drives a react-hook-form form through a server action and maps every answer back onto it: field
 * errors at their fields (the first one focused), a cloud refusal as code, cause and remedy, a
 * server failure as a message. The form keeps what was typed; success is the action's redirect.
 */
export function useActionForm<T extends FieldValues>(
  action: (input: T) => Promise<unknown>,
  form: UseFormReturn<T>,
  options: Options<T> = {},
) {
  const [formError, setFormError] = useState('');
  const [cloudError, setCloudError] = useState<CloudErrorView | null>(null);

  const showFieldErrors = (fieldErrors: Record<string, string | undefined>) => {
    const entries = Object.entries(fieldErrors).filter((e): e is [string, string] => Boolean(e[1]));
    if (entries.length === 0) return;
    options.onFieldErrors?.();
    entries.forEach(([field, message], i) => form.setError(field as Path<T>, { message }, { shouldFocus: i === 0 }));
  };
  const failed = () => {
    if (options.clearOnFailure) form.resetField(options.clearOnFailure);
  };

  // Typed by the form's values above; the hook's own generics cannot follow a generic action.
  const { execute, isPending } = useAction(action as unknown as Parameters<typeof useAction>[0], {
    onSuccess: ({ data: raw }) => {
      const data = raw as ActionFailure | { ok: true } | undefined;
      if (data?.ok === true) options.onDone?.();
      if (!data || data.ok !== false) return;
      failed();
      setFormError(data.message);
      setCloudError(data.cloudError ?? null);
      showFieldErrors(data.fieldErrors ?? {});
    },
    onError: ({ error }) => {
      failed();
      const serverError = error.serverError as { message?: string } | undefined;
      setFormError(serverError?.message ?? 'Some fields need attention. Nothing was sent.');
      showFieldErrors(
        Object.fromEntries(Object.entries(error.validationErrors ?? {}).map(([k, v]) => [k, firstMessage(v)])),
      );
    },
  });
  const clearFeedback = () => {
    setFormError('');
    setCloudError(null);
  };
  const submit = (values: T) => {
    clearFeedback();
    execute(values);
  };
  return { submit, isPending, formError, cloudError, clearFeedback };
}
