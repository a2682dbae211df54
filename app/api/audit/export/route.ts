import { auditCsv } from '@/lib/audit/audit-query';
import { guardRoute } from '@/lib/auth/route-guard';
import { parseAuditFilter } from '@/lib/schemas/audit-filter';

export const dynamic = 'force-dynamic';

/** The audit entries the page's filter selects, all of them, as a streamed CSV download. */
export const GET = guardRoute('exportAudit', 'view-audit', async (request, _context, session) => {
  const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(session.projectId, filter), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${session.projectName}-${day}.csv"`,
    },
  });
});
