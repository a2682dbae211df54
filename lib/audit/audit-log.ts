import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { auditLog } from '../store/schema';
import { db } from '../store/db';

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

export function recordAudit(entry: AuditEntry): void {
  db().insert(auditLog).values(values(entry)).run();
}

const MINUTE_MS = 60_000;

/**
 * Records an entry anyone can cause without signing in (a refused sign-in) as one row per user,
 * address and minute with a count, so such requests cannot grow the log without bound.
 */
export function recordRepeatedAudit(entry: AuditEntry, who: string, address: string, now = Date.now()): void {
  const bucket = [entry.action, entry.outcome, entry.errorCode ?? '', who, address, Math.floor(now / MINUTE_MS)].join(
    '|',
  );
  db()
    .insert(auditLog)
    .values({ ...values(entry), at: now, bucket })
    .onConflictDoUpdate({
      target: auditLog.bucket,
      targetWhere: sql`bucket IS NOT NULL`,
      set: { count: sql`${auditLog.count} + 1`, at: now },
    })
    .run();
}

/** Entries older than the retention period go; returns how many. */
export function pruneAudit(retentionDays: number, now = Date.now()): number {
  return db()
    .delete(auditLog)
    .where(lt(auditLog.at, now - retentionDays * 24 * 3600 * 1000))
    .run().changes;
}
