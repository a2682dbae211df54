import { guardRoute } from '@/lib/auth/route-guard';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { getRun } from '@/lib/plans/plans-store';
import { runReportCsv, runReportMarkdown } from '@/lib/plans/report';

export const dynamic = 'force-dynamic';

/** A run's report, with the measured time of each step: Markdown (`format=md`) or CSV (`format=csv`). */
export const GET = guardRoute(
  'planRunReport',
  'read',
  async (request, context: RouteContext<'/api/plan-runs/[id]/report'>, session) => {
    const { id } = await context.params;
    const run = await getRun(session.projectId, id);
    if (!run) return Response.json({ error: 'not-found', message: 'No such run in this project.' }, { status: 404 });
    const format = new URL(request.url).searchParams.get('format') === 'csv' ? 'csv' : 'md';
    // Group names make the report readable; the ids stand in when the cloud does not answer.
    const groups = await listProtectionGroups(await cloudFor(session)).catch(() => []);
    const input = { ...run, groupNames: new Map(groups.map((g) => [g.id, g.name])), now: Date.now() };
    const day = new Date(run.startedAt).toISOString().slice(0, 10);
    const name = `${run.planName}-${run.mode}-${day}.${format}`;
    return new Response(format === 'csv' ? runReportCsv(input) : runReportMarkdown(input), {
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      },
    });
  },
);
