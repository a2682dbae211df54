import { guardRoute } from '@/lib/auth/route-guard';
import { getJobRow, markViewed } from '@/lib/jobs/server/ledger';
import { ensurePoller } from '@/lib/jobs/server/poller';
import { toJobView } from '@/lib/jobs/job-view';

/** One job from the ledger. Reading it counts as looking, which keeps the job polled. */
export const GET = guardRoute('readJob', 'read', async (_request, context: RouteContext<'/api/jobs/[id]'>, session) => {
  const { id } = await context.params;
  const row = await getJobRow(id);
  if (!row || row.projectId !== session.projectId) {
    return Response.json({ error: 'not-found', message: 'No such job in this project.' }, { status: 404 });
  }
  await markViewed([id], session.idHash);
  void ensurePoller();
  return Response.json(toJobView(row), { headers: { 'cache-control': 'no-store' } });
});
