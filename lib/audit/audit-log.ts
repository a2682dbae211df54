import 'server-only';
import { auditLog } from '../store/schema';
import { db } from '../store/db';

export type AuditOutcome = 'ok' | 'cloud-error' | 'invalid' | 'denied' | 'failed';

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

export function recordAudit(entry: AuditEntry): void {
  db()
    .insert(auditLog)
    .values({
      at: Date.now(),
      userName: entry.userName,
      projectId: entry.projectId,
      action: entry.action,
      target: entry.target ?? null,
      params: JSON.stringify(redact(entry.params ?? {})),
      outcome: entry.outcome,
      errorCode: entry.errorCode ?? null,
      jobId: entry.jobId ?? null,
    })
    .run();
}
