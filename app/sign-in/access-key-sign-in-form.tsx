'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-classes';
import { Field } from '@/components/ui/field';
import { accessKeySignInSchema, type AccessKeySignIn } from '@/lib/schemas/sign-in';
import { signInWithAccessKey } from './actions';
import { useActionForm } from '@/components/forms/use-action-form';

export function AccessKeySignInForm({ next }: { next: string }) {
  const form = useForm<AccessKeySignIn>({
    resolver: zodResolver(accessKeySignInSchema),
    defaultValues: { accessKey: '', secretKey: '', projectId: '', next },
  });
  const { submit, isPending, formError } = useActionForm(signInWithAccessKey, form, { clearOnFailure: 'secretKey' });
  const errors = form.formState.errors;

  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
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
