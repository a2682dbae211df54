'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { SignInFailure } from '@/lib/auth/sign-in-errors';

interface SignInResult {
  failure?: SignInFailure;
}

/**
 * Sends a sign-in form and maps the answer back onto it: the failure at its field, the secret
 * cleared, everything else kept as typed.
 */
export function useSignInAction<T extends FieldValues>(
  action: (input: T) => Promise<unknown>,
  form: UseFormReturn<T>,
  secretField: Path<T>,
  fields: readonly string[],
) {
  const [formError, setFormError] = useState('');
  // Typed by the form's values above; the hook's own generics cannot follow a generic action.
  const { execute, isPending } = useAction(action as unknown as Parameters<typeof useAction>[0], {
    onSuccess: ({ data }) => {
      const failure = (data as SignInResult | undefined)?.failure;
      if (!failure) return;
      form.resetField(secretField);
      setFormError(failure.message);
      if (failure.field && fields.includes(failure.field)) {
        form.setError(failure.field as Path<T>, { message: failure.message }, { shouldFocus: true });
      }
    },
    onError: ({ error }) => {
      setFormError((error.serverError as { message?: string } | undefined)?.message ?? 'Check the highlighted fields.');
      for (const [field, issue] of Object.entries(error.validationErrors ?? {})) {
        const message = (issue as { _errors?: string[] })._errors?.[0];
        if (message && fields.includes(field)) form.setError(field as Path<T>, { message });
      }
    },
  });
  const submit = (values: T) => {
    setFormError('');
    execute(values);
  };
  return { submit, isPending, formError };
}
