import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import type { JobView } from '@/lib/jobs/job-view';
import { formatDuration } from '@/lib/format';

const when = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

export function JobsTable({ jobs }: { jobs: JobView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Jobs started from this console</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {['Job', 'Resource', 'Status', 'Started by', 'Started', 'Took'].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
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
