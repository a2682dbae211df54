import 'server-only';
import type { Session } from '../../auth/session';
import { isTerminal } from '../job-status';
import { toJobView, type JobView } from '../job-view';
import { listJobs, markViewed, type JobRow } from './ledger';

/** The signed-in user's running jobs and those that ended in the last minute (the header's list). */
export const myJobRows = async (session: Session, now = Date.now()): Promise<JobRow[]> =>
  (await listJobs(session.projectId, { userName: session.userName }, 50)).filter(
    (r) => !isTerminal(r.status) || (r.finishedAt ?? 0) >= now - 60_000,
  );

export const runningIds = (rows: readonly JobRow[]): string[] =>
  rows.filter((r) => !isTerminal(r.status)).map((r) => r.id);

/** The header's list, asked for: asking counts as looking at the running ones, which keeps them polled. */
export async function myJobs(session: Session, now = Date.now()): Promise<JobView[]> {
  const rows = await myJobRows(session, now);
  await markViewed(runningIds(rows), session.idHash, now);
  return rows.map(toJobView);
}
