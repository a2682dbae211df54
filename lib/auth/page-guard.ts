import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSession, type Session } from './session';

/** Pages: the session, or a redirect to sign-in that remembers where the user was going. */
export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (session) return session;
  const next = (await headers()).get('x-request-path') ?? '/';
  redirect(`/sign-in?next=${encodeURIComponent(next)}`);
}
