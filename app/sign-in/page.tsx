import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/auth/session';
import { CLOUD_SIGNED_OUT } from '@/lib/auth/sign-in-again';
import { config } from '@/lib/config';
import { safeNextPath } from '@/lib/schemas/sign-in';
import { DemoAccounts } from './demo-accounts';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage(props: PageProps<'/sign-in'>) {
  const params = await props.searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : undefined);
  if (await getSession()) redirect(next);
  const demo = config().DEMO_MODE;

  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
      <div>
        <h1 className="text-2xl font-semibold">Sign in to the SDRS console</h1>
        <p className="mt-1 text-sm text-slate-700">
          Use your Open Telekom Cloud identity. The console keeps your credentials on its server; your browser never
          sees them.
        </p>
      </div>
      {params.reason === CLOUD_SIGNED_OUT ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The cloud no longer accepted your sign-in, even after the console renewed it (a changed password or a disabled
          user or key). Sign in again to go back to the page you were on.
        </p>
      ) : null}
      <SignInForm next={next} />
      {demo ? <DemoAccounts next={next} /> : null}
    </main>
  );
}
