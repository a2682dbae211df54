'use client';

import { useAction } from 'next-safe-action/hooks';
import { signOut } from '@/app/(console)/actions';

export function SignOutButton() {
  const { execute, isPending } = useAction(signOut);
  return (
    <button
      type="button"
      onClick={() => execute()}
      disabled={isPending}
      className="rounded-md border border-slate-500 px-3 py-1 text-sm text-white hover:bg-slate-700"
    >
      {isPending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
