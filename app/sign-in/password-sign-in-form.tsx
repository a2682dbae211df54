'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-classes';
import { Field } from '@/components/ui/field';
import { passwordSignInSchema, type PasswordSignIn } from '@/lib/schemas/sign-in';
import { signInWithPassword } from './actions';
import { useActionForm } from '@/components/forms/use-action-form';

export function PasswordSignInForm({ next }: { next: string }) {
  const form = useForm<PasswordSignIn>({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { domain: '', user: '', password: '', project: 'eu-de', next },
  });
  const { submit, isPending, formError } = useActionForm(signInWithPassword, form, { clearOnFailure: 'password' });
  const errors = form.formState.errors;

  return (
    <form noValidate className="space-y-4" onSubmit={form.handleSubmit(submit)}>
      <Field
        id="domain"
        label="Account name (domain)"
        autoComplete="organization"
        error={errors.domain?.message}
        {...form.register('domain')}
      />
      <Field
        id="user"
        label="IAM user name"
        autoComplete="username"
        error={errors.user?.message}
        {...form.register('user')}
      />
      <Field
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register('password')}
      />
      <Field
        id="project"
        label="Project"
        hint="A project name such as eu-de, or a project id."
        error={errors.project?.message}
        {...form.register('project')}
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
