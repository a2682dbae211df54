import 'server-only';
import { currentConnection } from '../net/connection';
import { db, storeKind } from '../store/db';
import { lockForTransaction } from '../store/transaction-lock';
import { retryAfterSeconds, WINDOW_MS } from './attempt-limit';

/** Attempts are limited per user and per address the connection really comes from. */
export async function attemptKey(who: string): Promise<{ key: string; address: string }> {
  const { address } = await currentConnection();
  return { key: `${who.toLowerCase()}@${address}`, address };
}

export type AttemptReservation = { ok: true; id: number } | { ok: false; retryAfter: number };

/**
 * Claims one attempt before IAM is asked, in one transaction that holds the key's lock: of any
 * number of parallel attempts, on any number of instances, only as many as the limit allows get
 * through, however slow IAM is.
 */
export async function reserveAttempt(key: string, now = Date.now()): Promise<AttemptReservation> {
  return (await db()).transaction().execute(async (tx) => {
    await lockForTransaction(tx, storeKind(), `sign-in:${key}`);
    const recent = (
      await tx
        .selectFrom('signInAttempts')
        .select('at')
        .where('key', '=', key)
        .where('at', '>', now - WINDOW_MS)
        .execute()
    ).map((r) => r.at);
    const wait = retryAfterSeconds(recent, now);
    if (wait > 0) return { ok: false as const, retryAfter: wait };
    await tx
      .deleteFrom('signInAttempts')
      .where('key', '=', key)
      .where('at', '<', now - WINDOW_MS)
      .execute();
    const row = await tx
      .insertInto('signInAttempts')
      .values({ key, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ok: true as const, id: row.id };
  });
}

/** IAM could not be reached: the attempt says nothing about the credentials and stops counting. */
export async function releaseAttempt(id: number): Promise<void> {
  await (await db()).deleteFrom('signInAttempts').where('id', '=', id).execute();
}

/** The credentials were accepted: earlier refusals for this user and address are forgotten. */
export async function clearAttempts(key: string): Promise<void> {
  await (await db()).deleteFrom('signInAttempts').where('key', '=', key).execute();
}

/** Attempts past the window no longer count: the store sweep deletes them; returns how many. */
export async function sweepOldAttempts(now = Date.now()): Promise<number> {
  const store = await db();
  const result = await store
    .deleteFrom('signInAttempts')
    .where('at', '<', now - WINDOW_MS)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
