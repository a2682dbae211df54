import type { Metadata } from 'next';
import Link from 'next/link';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatCloudTime } from '@/lib/format';
import { load } from '@/lib/list/load';
import { listAllFailedTasks, listProtectionGroups } from '@/lib/otc/sdrs';
import { JobsTable } from '@/components/jobs/jobs-table';
import { JobFilters } from '@/components/jobs/job-filters';
import { jobUsers, listJobs } from '@/lib/jobs/server/ledger';
import { toJobView } from '@/lib/jobs/job-view';
import { parseJobSort, sortJobs, type JobSort } from '@/lib/jobs/job-sort';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Jobs' };

/** Failed tasks from the cloud's task center: group-level ones, then each group's own. */
export default async function JobsPage(props: PageProps<'/jobs'>) {
  const session = await requireSession();
  const q = await props.searchParams;
  const pick = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);
  const filter = { status: pick(q.status), jobType: pick(q.type), userName: pick(q.user) };
  const sort = parseJobSort(pick(q.sort), pick(q.dir));
  const ledger = sortJobs((await listJobs(session.projectId, filter)).map(toJobView), sort);
  const hrefFor = (next: JobSort) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ status: filter.status, type: filter.jobType, user: filter.userName })) {
      if (v) params.set(k, v);
    }
    params.set('sort', next.key);
    params.set('dir', next.dir);
    return `/jobs?${params.toString()}`;
  };
  const users = await jobUsers(session.projectId);
  const cloud = await cloudFor(session);
  const loaded = await load(async () => {
    const groups = await listProtectionGroups(cloud);
    return { tasks: await listAllFailedTasks(cloud, groups), names: new Map(groups.map((g) => [g.id, g.name])) };
  });

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every job started from this console, by anyone in the project, with its live status. Below: failed tasks the cloud's task center keeps."
      />
      <JobFilters filter={filter} users={users} />
      {ledger.length === 0 ? (
        <EmptyState
          title={filter.status || filter.jobType || filter.userName ? 'No job matches these filters' : 'No jobs yet'}
        >
          Jobs appear here when someone creates a protected instance or a replication pair from the console.
        </EmptyState>
      ) : (
        <JobsTable jobs={ledger} sort={sort} hrefFor={hrefFor} />
      )}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Failed tasks in the cloud&apos;s task center</h2>
      {!loaded.ok ? (
        <CloudErrorPanel error={loaded.error} title="Failed tasks could not be loaded" />
      ) : loaded.data.tasks.length === 0 ? (
        <EmptyState title="No failed tasks">
          The cloud has no failed disaster recovery tasks for this project.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Failed tasks</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                {['Resource', 'Failed step', 'Protection group', 'Code', 'Reason', 'Started'].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {loaded.data.tasks.map((t) => (
                <tr key={`${t.job_id}-${t.resource_id}`}>
                  <td className="px-3 py-2">
                    {t.resource_name} <span className="text-slate-600">({t.resource_type})</span>
                  </td>
                  <td className="px-3 py-2">{t.failure_status}</td>
                  <td className="px-3 py-2">
                    {t.groupId ? (
                      <Link href={`/protection-groups/${t.groupId}`} className="underline">
                        {loaded.data.names.get(t.groupId) ?? t.groupId}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <code>{t.error_code ?? '—'}</code>
                  </td>
                  <td className="px-3 py-2">{t.fail_reason ?? '—'}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatCloudTime(t.begin_time)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
