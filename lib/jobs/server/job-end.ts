import 'server-only';
import { and, eq, notInArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/audit-log';
import { db } from '../../store/db';
import { jobs } from '../../store/schema';
import { succeeded, TERMINAL_STATUSES, type TerminalStatus } from '../job-status';
import { jobChanged } from './job-events';
import type { JobRow } from './ledger';

export interface JobEnd {
  status: TerminalStatus;
  errorCode?: string | null;
  failReason?: string | null;
}

/**
 * Records how a job ended in the ledger and the audit log in one transaction, so the two can never
 * disagree and a crash between them cannot leave one without the other.
 */
export function recordJobEnd(row: JobRow, end: JobEnd, changes: Partial<JobRow> = {}): void {
  const ended = endInLedger(row, end, changes);
  if (ended) jobChanged({ projectId: row.projectId, jobId: row.id });
}

function endInLedger(row: JobRow, end: JobEnd, changes: Partial<JobRow>): boolean {
  return db().transaction(() => {
    const now = Date.now();
    // Only a job that has not ended yet: the end is recorded once, whoever gets there first.
    const ended = db()
      .update(jobs)
      .set({
        ...changes,
        status: end.status,
        errorCode: end.errorCode ?? null,
        failReason: end.failReason ?? null,
        finishedAt: now,
        updatedAt: now,
      })
      .where(and(eq(jobs.id, row.id), notInArray(jobs.status, [...TERMINAL_STATUSES])))
      .run();
    if (ended.changes === 0) return false;
    recordAudit({
      userName: row.userName,
      projectId: row.projectId,
      action: 'jobEnded',
      target: row.targetName,
      params: { jobType: row.jobType, cloudJobId: row.cloudJobId, failReason: end.failReason ?? undefined },
      outcome: succeeded(end.status) ? 'ok' : 'failed',
      errorCode: end.errorCode ?? null,
      jobId: row.id,
    });
    return true;
  });
}
