import 'server-only';
import { recordAudit } from '../../audit/audit-log';
import { db } from '../../store/db';
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
export async function recordJobEnd(row: JobRow, end: JobEnd, changes: Partial<JobRow> = {}): Promise<boolean> {
  const ended = await endInLedger(row, end, changes);
  if (ended) await jobChanged({ projectId: row.projectId, jobId: row.id });
  return ended;
}

async function endInLedger(row: JobRow, end: JobEnd, changes: Partial<JobRow>): Promise<boolean> {
  return (await db()).transaction().execute(async (tx) => {
    const now = Date.now();
    // Only a job that has not ended yet: the end is recorded once, whoever gets there first (this
    // instance's poller, another instance's, or the stale-reservation sweep).
    const ended = await tx
      .updateTable('jobs')
      .set({
        ...changes,
        status: end.status,
        errorCode: end.errorCode ?? null,
        failReason: end.failReason ?? null,
        finishedAt: now,
        updatedAt: now,
      })
      .where('id', '=', row.id)
      .where('status', 'not in', [...TERMINAL_STATUSES])
      .executeTakeFirst();
    if (Number(ended.numUpdatedRows) === 0) return false;
    await recordAudit(
      {
        userName: row.userName,
        projectId: row.projectId,
        action: 'jobEnded',
        target: row.targetName,
        params: { jobType: row.jobType, cloudJobId: row.cloudJobId, failReason: end.failReason ?? undefined },
        outcome: succeeded(end.status) ? 'ok' : 'failed',
        errorCode: end.errorCode ?? null,
        jobId: row.id,
      },
      tx,
    );
    return true;
  });
}
