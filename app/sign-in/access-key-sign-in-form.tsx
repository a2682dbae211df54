'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useAction } from 'next-safe-action/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-classes';
import { Field } from '@/components/ui/field';
import { accessKeySignInSchema, type AccessKeySignIn } from '@/lib/schemas/sign-in';
import { signInWithAccessKey } from './actions';

export function AccessKeySignInForm({ next }: { next: string }) {
  const [formError, setFormError] = useState('');
  const form = useForm<AccessKeySignIn>({
    resolver: zodResolver(accessKeySignInSchema),
    defaultValues: { accessKey: '', secretKey: '', projectId: '', next },
  });
  const { execute, isPending } = useAction(signInWithAccessKey, {
    onSuccess: ({ data }) => {
      if (!data?.failure) return;
      // Keep what was typed, except the secret key.
      form.resetField('secretKey');
      setFormError(data.failure.message);
      const field = data.failure.field;
      if (field === 'secretKey' || field === 'projectId' || field === 'accessKey') {
        form.setError(field, { message: data.failure.message }, { shouldFocus: true });
      }
    },
    onError: ({ error }) => {
      setFormError(error.serverError?.message ?? 'Check the highlighted fields.');
      for (const [field, issue] of Object.entries(error.validationErrors ?? {})) {
        const message = (issue as { _errors?: string[] })._errors?.[0];
        if (message && field in accessKeySignInSchema.shape) form.setError(field as keyof AccessKeySignIn, { message });
      }
    },
  });
  const errors = form.formState.errors;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError('');
        execute(values);
      })}
    >
      <Field
        id="accessKey"
        label="Access key (AK)"
        autoComplete="off"
        spellCheck={false}
        error={errors.accessKey?.message}
        {...form.register('accessKey')}
      />
      <Field
        id="secretKey"
        label="Secret key (SK)"
        type="password"
        autoComplete="off"
        error={errors.secretKey?.message}
        {...form.register('secretKey')}
      />
      <Field
        id="projectId"
        label="Project id"
        autoComplete="off"
        spellCheck={false}
        error={errors.projectId?.message}
        {...form.register('projectId')}
      />
      <p role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-700">
        {formError}
      </p>
      <button type="submit" className={buttonClasses.primary} disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
