import { AppHeader } from '@/components/shell/app-header';
import { signOut } from './actions';
import { AppNav } from '@/components/shell/app-nav';
import { JobStreamProvider } from '@/components/providers/job-stream-provider';
import { QueryProvider } from '@/components/providers/query-provider';
import { requireSession } from '@/lib/auth/page-guard';

export default async function ConsoleLayout({ children }: LayoutProps<'/'>) {
  const session = await requireSession();
  return (
    <QueryProvider>
      <JobStreamProvider>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <AppHeader session={session} signOut={signOut} />
        <AppNav />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </JobStreamProvider>
    </QueryProvider>
  );
}
