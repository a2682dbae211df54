'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useActionForm } from '@/components/forms/use-action-form';
import { useLazyResolver } from '@/components/forms/use-lazy-resolver';

/**
 * A dialog's form: a fresh idempotency key per opening, the shared schema (loaded lazily), and the
 * action's answer mapped back onto the fields. An action that starts a job opens the job page; one
 * that is done at once closes the dialog and shows the page anew.
 */
export function useDialogForm<T extends FieldValues>(
  action: (input: T) => Promise<unknown>,
  loadSchema: () => Promise<z.ZodType>,
  defaults: Omit<T, 'idempotencyKey'>,
  onClose: () => void,
) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<T>({
    resolver: useLazyResolver<T>(loadSchema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: { ...defaults, idempotencyKey } as DefaultValues<T>,
  });
  const router = useRouter();
  const result = useActionForm(action, form, {
    onDone: () => {
      onClose();
      router.refresh();
    },
  });
  return { form, ...result };
}
