import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import { currentConnection } from '../net/connection';
import { db } from '../store/db';
import { signInAttempts } from '../store/schema';
import { retryAfterSeconds, WINDOW_MS } from './attempt-limit';

/** Attempts are limited per user and per address the connection really comes from. */
export async function attemptKey(who: string): Promise<{ key: string; address: string }> {
  const { address } = await currentConnection();
  return { key: `${who.toLowerCase()}@${address}`, address };
}

export type AttemptReservation = { ok: true; id: number } | { ok: false; retryAfter: number };

/**
 * Claims one attempt before IAM is asked, in one immediate transaction: of any number of parallel
 * attempts, only as many as the limit allows get through, however slow IAM is.
 */
export function reserveAttempt(key: string, now = Date.now()): AttemptReservation {
  return db().transaction(
    (tx) => {
      const recent = tx
        .select({ at: signInAttempts.at })
        .from(signInAttempts)
        .where(and(eq(signInAttempts.key, key), gt(signInAttempts.at, now - WINDOW_MS)))
        .all()
        .map((r) => r.at);
      const wait = retryAfterSeconds(recent, now);
      if (wait > 0) return { ok: false as const, retryAfter: wait };
      tx.delete(signInAttempts)
        .where(lt(signInAttempts.at, now - WINDOW_MS))
        .run();
      const row = tx.insert(signInAttempts).values({ key, at: now }).returning({ id: signInAttempts.id }).get();
      return { ok: true as const, id: row.id };
    },
    { behavior: 'immediate' },
  );
}

/** IAM could not be reached: the attempt says nothing about the credentials and stops counting. */
export function releaseAttempt(id: number): void {
  db().delete(signInAttempts).where(eq(signInAttempts.id, id)).run();
}

/** The credentials were accepted: earlier refusals for this user and address are forgotten. */
export function clearAttempts(key: string): void {
  db().delete(signInAttempts).where(eq(signInAttempts.key, key)).run();
}
