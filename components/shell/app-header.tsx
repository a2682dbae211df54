import Link from 'next/link';
import { ROLE_LABEL } from '@/lib/auth/roles';
import type { Session } from '@/lib/auth/session';
import { RunningJobs } from './running-jobs';
import { SignOutButton } from './sign-out-button';

export function AppHeader({ session, signOut }: { session: Session; signOut: () => Promise<unknown> }) {
  return (
    <header className="bg-slate-900 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          SDRS console
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <RunningJobs />
          <span>
            <span className="sr-only">Signed in as </span>
            <strong>{session.userName}</strong> · {session.domainName} · project {session.projectName}
          </span>
          <span
            className="rounded bg-slate-700 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide"
            title="Your console role"
          >
            {ROLE_LABEL[session.role]}
          </span>
          <SignOutButton signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
