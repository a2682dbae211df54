import { headers } from 'next/headers';
import Link from 'next/link';

/** Rendered per request (not prerendered) so its scripts carry the request's CSP nonce. */
export default async function NotFound() {
  await headers();
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-700">This address does not exist in the console.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Go to the overview
      </Link>
    </main>
  );
}
