import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import { headers } from 'next/headers';
import { db } from '../store/db';
import { signInFailures } from '../store/schema';
import { retryAfterSeconds, WINDOW_MS } from './attempt-limit';

/** The address a sign-in comes from, as the server in front of the console reports it. */
async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}

export async function attemptKey(who: string): Promise<string> {
  return `${who.toLowerCase()}@${await clientAddress()}`;
}

export function retryAfter(key: string, now = Date.now()): number {
  const rows = db()
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gt(signInFailures.at, now - WINDOW_MS)))
    .all();
  return retryAfterSeconds(
    rows.map((r) => r.at),
    now,
  );
}

export function recordFailedSignIn(key: string, now = Date.now()): void {
  db().insert(signInFailures).values({ key, at: now }).run();
  db()
    .delete(signInFailures)
    .where(lt(signInFailures.at, now - WINDOW_MS))
    .run();
}

export function clearFailedSignIns(key: string): void {
  db().delete(signInFailures).where(eq(signInFailures.key, key)).run();
}
