import 'server-only';
import type { Session } from '../../auth/session';
import type { ServerGroup } from '../../otc/schemas';
import { db } from '../../store/db';
import { TERMINAL_STATUSES } from '../job-status';
import { jobTypeForGroupStatus, OUTSIDE_THE_CONSOLE } from '../job-types';
import { markSubmitted, reserveJob } from './ledger';
import { followJob } from './poller';

const unfinishedFor = async (projectId: string, targetId: string) =>
  (await db())
    .selectFrom('jobs')
    .select('id')
    .where('projectId', '=', projectId)
    .where('targetId', '=', targetId)
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .executeTakeFirst();

/**
 * A group seen in a transitional status that no job of the console explains was acted on from
 * elsewhere (the cloud console, Terraform, a script). It goes into the ledger as started outside
 * the console and is followed by the group's status, so the Jobs page and the group page show it.
 * The idempotency key is the operation's own (group, status, last change): seen again, it is the
 * same row.
 */
export async function noteOutsideOperations(session: Session, groups: readonly ServerGroup[]): Promise<void> {
  for (const g of groups) {
    const jobType = jobTypeForGroupStatus(g.status);
    if (!jobType || (await unfinishedFor(session.projectId, g.id))) continue;
    const reservation = await reserveJob({
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
      await markSubmitted(reservation.id, { cloudJobId: null });
      await followJob(reservation.id);
    }
  }
}
