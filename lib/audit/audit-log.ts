import 'server-only';
import { sql } from 'kysely';
import { db, type Store } from '../store/db';

/**
 * ok: done or accepted by the cloud; invalid: the input broke a schema rule; refused: a pre-flight
 * rule said no before anything was sent; cloud-error: the cloud refused; unknown: sent, but no
 * answer came, so whether the cloud acted is unknown; denied: no session or role; failed: broke.
 */
export type AuditOutcome = 'ok' | 'invalid' | 'refused' | 'cloud-error' | 'unknown' | 'denied' | 'failed';

export interface AuditEntry {
  userName: string;
  projectId: string;
  action: string;
  target?: string | null;
  params?: unknown;
  outcome: AuditOutcome;
  errorCode?: string | null;
  jobId?: string | null;
}

const SECRET_KEY = /pass|secret|token|^sk$|authorization|credential/i;

/** Parameters as recorded: secrets replaced, long strings cut, so the log can be shown to anyone. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '…';
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  if (Array.isArray(value)) return value.slice(0, 20).map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .slice(0, 40)
        .map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return value;
}

const values = (entry: AuditEntry) => ({
  at: Date.now(),
  userName: entry.userName,
  projectId: entry.projectId,
  action: entry.action,
  target: entry.target ?? null,
  params: JSON.stringify(redact(entry.params ?? {})),
  outcome: entry.outcome,
  errorCode: entry.errorCode ?? null,
  jobId: entry.jobId ?? null,
});

/** Records one entry; inside a transaction when given one, so it commits with what it describes. */
export async function recordAudit(entry: AuditEntry, store?: Store): Promise<void> {
  await (store ?? (await db())).insertInto('auditLog').values(values(entry)).execute();
}

const MINUTE_MS = 60_000;

/**
 * Records an entry anyone can cause without signing in (a refused sign-in) as one row per user,
 * address and minute with a count, so such requests cannot grow the log without bound.
 */
export async function recordRepeatedAudit(
  entry: AuditEntry,
  who: string,
  address: string,
  now = Date.now(),
): Promise<void> {
  const bucket = [entry.action, entry.outcome, entry.errorCode ?? '', who, address, Math.floor(now / MINUTE_MS)].join(
    '|',
  );
  const store = await db();
  await store
    .insertInto('auditLog')
    .values({ ...values(entry), at: now, bucket })
    .onConflict((oc) =>
      oc
        .column('bucket')
        .where('bucket', 'is not', null)
        .doUpdateSet({ count: sql<number>`audit_log.count + 1`, at: now }),
    )
    .execute();
}

/** Entries older than the retention period go; returns how many. */
export async function pruneAudit(retentionDays: number, now = Date.now()): Promise<number> {
  const store = await db();
  const result = await store
    .deleteFrom('auditLog')
    .where('at', '<', now - retentionDays * 24 * 3600 * 1000)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
