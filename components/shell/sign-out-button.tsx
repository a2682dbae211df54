'use client';

import { useTransition } from 'react';

/** The sign-out action comes from the route that owns it, so this component stays below `app/`. */
export function SignOutButton({ signOut }: { signOut: () => Promise<unknown> }) {
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      onClick={() =>
        startTransition(async () => {
          await signOut();
        })
      }
      disabled={isPending}
      className="rounded-md border border-slate-500 px-3 py-1 text-sm text-white hover:bg-slate-700"
    >
      {isPending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
