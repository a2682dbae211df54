import { guardRoute } from '@/lib/auth/route-guard';
import { myJobs } from '@/lib/jobs/server/my-jobs';
import { ensurePoller } from '@/lib/jobs/server/poller';

/** The signed-in user's running and just-ended jobs; read when the push stream is not there. */
export const GET = guardRoute('listMyJobs', 'read', async (_request, _context, session) => {
  const jobs = await myJobs(session);
  void ensurePoller();
  return Response.json({ jobs }, { headers: { 'cache-control': 'no-store' } });
});
