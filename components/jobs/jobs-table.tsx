import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import type { JobView } from '@/lib/jobs/job-view';
import type { JobSort, JobSortKey } from '@/lib/jobs/job-sort';
import { formatDuration, formatTimestamp } from '@/lib/format';

const COLUMNS: [JobSortKey, string][] = [
  ['type', 'Job'],
  ['resource', 'Resource'],
  ['status', 'Status'],
  ['user', 'Started by'],
  ['started', 'Started'],
  ['took', 'Took'],
];

const when = (ms: number) => `${formatTimestamp(ms)} UTC`;

/** The ledger's jobs; each column heading sorts by it (again: the other way), keeping the filters. */
export function JobsTable({
  jobs,
  sort,
  hrefFor,
}: {
  jobs: JobView[];
  sort: JobSort;
  hrefFor: (sort: JobSort) => string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Jobs started from this console</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {COLUMNS.map(([key, label]) => {
              const current = sort.key === key;
              const next: JobSort = { key, dir: current && sort.dir === 'asc' ? 'desc' : 'asc' };
              return (
                <th
                  key={key}
                  scope="col"
                  className="px-3 py-2 font-semibold"
                  aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <Link href={hrefFor(next)} className="underline-offset-2 hover:underline">
                    {label}
                    {current ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {jobs.map((j) => (
            <tr key={j.id}>
              <td className="px-3 py-2">
                <Link href={`/jobs/${j.id}`} className="font-medium underline underline-offset-2">
                  {j.typeLabel}
                </Link>
              </td>
              <td className="px-3 py-2">{j.targetName}</td>
              <td className="px-3 py-2">
                <StatusBadge status={j.status === 'SUBMITTING' ? 'INIT' : j.status} />
                {j.errorCode ? <code className="ml-2 text-xs">{j.errorCode}</code> : null}
              </td>
              <td className="px-3 py-2">{j.userName}</td>
              <td className="px-3 py-2 whitespace-nowrap">{when(j.createdAt)}</td>
              <td className="px-3 py-2">{j.finishedAt ? formatDuration(j.finishedAt - j.createdAt) : 'running'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
