import 'server-only';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Session } from '../../auth/session';
import type { ServerGroup } from '../../otc/schemas';
import { db } from '../../store/db';
import { jobs } from '../../store/schema';
import { TERMINAL_STATUSES } from '../job-status';
import { jobTypeForGroupStatus, OUTSIDE_THE_CONSOLE } from '../job-types';
import { markSubmitted, reserveJob } from './ledger';
import { ensurePoller } from './poller';

const unfinishedFor = (projectId: string, targetId: string) =>
  db()
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(eq(jobs.projectId, projectId), eq(jobs.targetId, targetId), notInArray(jobs.status, [...TERMINAL_STATUSES])),
    )
    .get();

/**
 * A group seen in a transitional status that no job of the console explains was acted on from
 * elsewhere (the cloud console, Terraform, a script). It goes into the ledger as started outside
 * the console and is followed by the group's status, so the Jobs page and the group page show it.
 * The idempotency key is the operation's own (group, status, last change): seen again, it is the
 * same row.
 */
export function noteOutsideOperations(session: Session, groups: readonly ServerGroup[]): void {
  for (const g of groups) {
    const jobType = jobTypeForGroupStatus(g.status);
    if (!jobType || unfinishedFor(session.projectId, g.id)) continue;
    const reservation = reserveJob({
      kind: 'group-watch',
      jobType,
      projectId: session.projectId,
      userName: OUTSIDE_THE_CONSOLE,
      targetKind: 'protection-group',
      targetName: g.name,
      targetId: g.id,
      params: { groupId: g.id, observedStatus: g.status },
      idempotencyKey: `outside:${g.id}:${g.status}:${g.updated_at ?? ''}`,
      starterSession: session.idHash,
    });
    if (reservation.fresh) {
      markSubmitted(reservation.id, { cloudJobId: null });
      ensurePoller();
    }
  }
}
