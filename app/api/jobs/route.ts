import { guardRoute } from '@/lib/auth/route-guard';
import { listJobs, markViewed } from '@/lib/jobs/server/ledger';
import { ensurePoller } from '@/lib/jobs/server/poller';
import { isTerminal } from '@/lib/jobs/job-status';
import { toJobView } from '@/lib/jobs/job-view';

/**
 * The signed-in user's running jobs and those that ended in the last minute (for the header's
 * counter and its notices). Asking counts as looking at them.
 */
export const GET = guardRoute('listMyJobs', 'read', async (_request, _context, session) => {
  const since = Date.now() - 60_000;
  const rows = listJobs(session.projectId, { userName: session.userName }, 50).filter(
    (r) => !isTerminal(r.status) || (r.finishedAt ?? 0) >= since,
  );
  markViewed(
    rows.filter((r) => !isTerminal(r.status)).map((r) => r.id),
    session.idHash,
  );
  ensurePoller();
  return Response.json({ jobs: rows.map(toJobView) }, { headers: { 'cache-control': 'no-store' } });
});
