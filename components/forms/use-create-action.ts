'use client';

import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { CloudErrorView } from '@/components/ui/cloud-error-panel';

type Failure = { ok: false; message: string; cloudError?: CloudErrorView; fieldErrors?: Record<string, string> };

/**
 * Runs a create action and maps its answer back onto the form: field errors at their fields, a
 * cloud refusal as code, cause and remedy. The form keeps what was typed.
 */
export function useCreateAction<T extends FieldValues>(
  action: (input: T) => Promise<unknown>,
  form: UseFormReturn<T>,
  onFieldErrors?: () => void,
) {
  const [formError, setFormError] = useState('');
  const [cloudError, setCloudError] = useState<CloudErrorView | null>(null);
  // Typed by the form's values above; the hook's own generics cannot follow a generic action.
  const { execute, isPending } = useAction(action as unknown as Parameters<typeof useAction>[0], {
    onSuccess: ({ data: raw }) => {
      // A successful create redirects to its job page; only refusals come back as data.
      const data = raw as Failure | undefined;
      if (!data || data.ok) return;
      setFormError(data.message);
      setCloudError(data.cloudError ?? null);
      if (data.fieldErrors && Object.keys(data.fieldErrors).length > 0) {
        onFieldErrors?.();
        for (const [field, message] of Object.entries(data.fieldErrors)) form.setError(field as Path<T>, { message });
      }
    },
    onError: ({ error }) => {
      const serverError = error.serverError as { message?: string } | undefined;
      setFormError(serverError?.message ?? 'The console could not check the form. Nothing was sent; try again.');
      if (error.validationErrors) onFieldErrors?.();
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
