'use client';

import { useAction } from 'next-safe-action/hooks';
import { buttonClasses } from '@/components/ui/button-classes';
import { signInAsDemoUser } from './actions';

const ACCOUNTS = [
  { user: 'demo-operator', role: 'Operator', does: 'everything, including switchover and failover' },
  { user: 'demo-support', role: 'Support', does: 'create pairs, protected instances and tags; retry' },
  { user: 'demo-viewer', role: 'Viewer', does: 'read only' },
] as const;

/** Demo mode: one click signs in as a seeded account; the password stays on the server. */
export function DemoAccounts({ next }: { next: string }) {
  const { execute, isPending, result } = useAction(signInAsDemoUser);
  const failure = result.data?.message ?? result.serverError?.message;
  return (
    <section aria-labelledby="demo-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="demo-heading" className="text-base font-semibold">
        Demo accounts (simulated cloud)
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Account name <code>demo</code>, project <code>eu-de</code>.
      </p>
      <ul className="mt-3 space-y-2">
        {ACCOUNTS.map((a) => (
          <li key={a.user} className="flex items-center justify-between gap-3">
            <span className="text-sm">
              <strong>{a.user}</strong> — {a.role}: {a.does}
            </span>
            <button
              type="button"
              className={buttonClasses.secondary}
              disabled={isPending}
              onClick={() => execute({ user: a.user, next })}
            >
              Sign in<span className="sr-only"> as {a.user}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="alert" className="mt-2 text-sm text-red-700">
        {failure ?? ''}
      </p>
    </section>
  );
}
