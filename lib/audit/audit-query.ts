import 'server-only';
import type { SelectQueryBuilder } from 'kysely';
import { AUDIT_PAGE_SIZE, auditTimeRange, type AuditFilter } from '../schemas/audit-filter';
import { db } from '../store/db';
import type { AuditRecord, StoreTables } from '../store/tables';
import type { Page } from '../list/sort-page';
import { csvLine } from './csv';

type AuditQuery<O> = SelectQueryBuilder<StoreTables, 'auditLog', O>;

/** The filter as SQL conditions, the same for the page and the export. */
function filtered<O>(query: AuditQuery<O>, projectId: string, f: AuditFilter): AuditQuery<O> {
  const range = auditTimeRange(f);
  let q = query.where('projectId', '=', projectId);
  if (f.user) q = q.where('userName', '=', f.user);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (range.from !== undefined) q = q.where('at', '>=', range.from);
  if (range.to !== undefined) q = q.where('at', '<', range.to);
  return q;
}

/** An entry as the page and the export show it: not the project (the caller's) nor the folding key. */
export type AuditRow = Omit<AuditRecord, 'projectId' | 'bucket'>;

const COLUMNS = [
  'id',
  'at',
  'userName',
  'action',
  'target',
  'params',
  'outcome',
  'errorCode',
  'jobId',
  'count',
] as const;

/** One page of the project's audit log, newest first, and how many entries match in all. */
export async function auditPage(projectId: string, f: AuditFilter): Promise<Page<AuditRow>> {
  const store = await db();
  const counted = await filtered(store.selectFrom('auditLog'), projectId, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const rows = await filtered(store.selectFrom('auditLog').select(COLUMNS), projectId, f)
    .orderBy('id', 'desc')
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return { rows, total, pages, page, size: AUDIT_PAGE_SIZE };
}

/** Who and what appear in the project's log, for the filter's choices. */
export async function auditChoices(projectId: string): Promise<{ users: string[]; actions: string[] }> {
  const store = await db();
  const distinct = async (column: 'userName' | 'action') =>
    (
      await store
        .selectFrom('auditLog')
        .select(column)
        .distinct()
        .where('projectId', '=', projectId)
        .orderBy(column)
        .execute()
    ).map((r) => String(r[column]));
  const [users, actions] = await Promise.all([distinct('userName'), distinct('action')]);
  return { users, actions };
}

const BATCH = 1000;
export const AUDIT_CSV_HEADER = csvLine([
  'time',
  'user',
  'action',
  'target',
  'outcome',
  'error code',
  'job',
  'count',
  'parameters',
]);

/**
 * The filtered entries as CSV, newest first, read a thousand at a time by id (keyset), so any
 * number of rows streams in constant memory; the next batch is read only when the client has taken
 * the last one.
 */
export function auditCsv(projectId: string, f: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before = Number.MAX_SAFE_INTEGER;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(AUDIT_CSV_HEADER));
      }
      const store = await db();
      const rows = await filtered(store.selectFrom('auditLog').select(COLUMNS), projectId, f)
        .where('id', '<', before)
        .orderBy('id', 'desc')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) {
        controller.close();
        return;
      }
      before = rows[rows.length - 1]?.id ?? 0;
      controller.enqueue(
        encoder.encode(
          rows
            .map((r) =>
              csvLine([
                new Date(r.at).toISOString(),
                r.userName,
                r.action,
                r.target,
                r.outcome,
                r.errorCode,
                r.jobId,
                r.count,
                r.params,
              ]),
            )
            .join(''),
        ),
      );
    },
  });
}
