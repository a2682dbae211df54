import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { buttonClasses } from '@/components/ui/button-classes';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { auditChoices, auditPage } from '@/lib/audit/audit-query';
import { requireSession } from '@/lib/auth/page-guard';
import { formatTimestamp } from '@/lib/format';
import { deniedReason } from '@/lib/auth/roles';
import { auditQuery, parseAuditFilter } from '@/lib/schemas/audit-filter';

export const metadata: Metadata = { title: 'Audit log' };

/** Every write through the console and every refused attempt, for operators: filter, page, export. */
export default async function AuditPage(props: PageProps<'/audit'>) {
  const session = await requireSession();
  const header = (
    <PageHeader
      title="Audit log"
      description="Every write through the console and every refused attempt in this project. Times are UTC."
    />
  );
  const denied = deniedReason(session.role, 'view-audit');
  if (denied) {
    return (
      <>
        {header}
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          {denied} The audit log is for operators.
        </p>
      </>
    );
  }
  const filter = parseAuditFilter(await props.searchParams);
  const [page, choices] = await Promise.all([auditPage(session.projectId, filter), auditChoices(session.projectId)]);
  const query = auditQuery(filter, { page: 1 });
  return (
    <>
      {header}
      <AuditFilters filter={filter} users={choices.users} actions={choices.actions} />
      <p className="mb-3">
        <a href={`/api/audit/export${query}`} className={buttonClasses.secondary} download>
          Export these {page.total} entries as CSV
        </a>
      </p>
      {page.total === 0 ? (
        <EmptyState title="No entry matches these filters">Clear the filters to see the whole log.</EmptyState>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-label="Audit entries">
              <thead>
                <tr className="border-b border-slate-300">
                  <th className="py-2 pr-3 font-medium">Time</th>
                  <th className="py-2 pr-3 font-medium">User</th>
                  <th className="py-2 pr-3 font-medium">Action</th>
                  <th className="py-2 pr-3 font-medium">Target</th>
                  <th className="py-2 pr-3 font-medium">Outcome</th>
                  <th className="py-2 pr-3 font-medium">Code</th>
                  <th className="py-2 font-medium">Job</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{formatTimestamp(r.at)}</td>
                    <td className="py-2 pr-3">{r.userName}</td>
                    <td className="py-2 pr-3">
                      {r.action}
                      {r.count > 1 ? <span className="text-slate-600"> ×{r.count}</span> : null}
                    </td>
                    <td className="py-2 pr-3">{r.target ?? '—'}</td>
                    <td className="py-2 pr-3">{r.outcome}</td>
                    <td className="py-2 pr-3">{r.errorCode ? <code>{r.errorCode}</code> : '—'}</td>
                    <td className="py-2">
                      {r.jobId ? (
                        <Link href={`/jobs/${r.jobId}`} className="underline">
                          Job
                        </Link>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} noun="entries" hrefFor={(n) => `/audit${auditQuery(filter, { page: n })}`} />
        </>
      )}
    </>
  );
}
