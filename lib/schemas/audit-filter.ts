import { z } from 'zod';

/** The audit log's outcomes (see `AuditOutcome`), in the order the filter lists them. */
export const AUDIT_OUTCOMES = ['ok', 'invalid', 'refused', 'cloud-error', 'unknown', 'denied', 'failed'] as const;
export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);
const word = z.string().trim().max(100).optional().catch(undefined);

/** The audit page's and the CSV export's filter, from the address: what does not parse is ignored. */
const auditFilterSchema = z.object({
  user: word,
  action: z
    .string()
    .max(60)
    .regex(/^[A-Za-z]+$/)
    .optional()
    .catch(undefined),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  /** Whole days, UTC: from the start of `from` to the end of `to`. */
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(raw: Record<string, string | string[] | undefined>): AuditFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return auditFilterSchema.parse({
    user: first(raw.user),
    action: first(raw.action),
    outcome: first(raw.outcome),
    from: first(raw.from),
    to: first(raw.to),
    page: first(raw.page),
  });
}

const DAY_MS = 24 * 3600 * 1000;

/** The filter's time range in milliseconds: `to` includes its whole day. */
export const auditTimeRange = (f: AuditFilter): { from?: number; to?: number } => ({
  from: f.from ? Date.parse(`${f.from}T00:00:00Z`) : undefined,
  to: f.to ? Date.parse(`${f.to}T00:00:00Z`) + DAY_MS : undefined,
});

/** The query string for the filter, with some parts changed (the page, say). */
export function auditQuery(f: AuditFilter, changes: Partial<AuditFilter> = {}): string {
  const merged = { ...f, ...changes };
  const q = new URLSearchParams();
  for (const key of ['user', 'action', 'outcome', 'from', 'to'] as const) {
    const v = merged[key];
    if (v) q.set(key, v);
  }
  if (merged.page > 1) q.set('page', String(merged.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}
