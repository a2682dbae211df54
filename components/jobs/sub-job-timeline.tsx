import { StatusBadge } from '@/components/status/status-badge';
import { formatCloudTime, formatDuration } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { JobView } from '@/lib/jobs/job-view';

/** How long a step took, from the cloud's own begin and end times. */
function took(begin: string | null, end: string | null): string {
  const from = parseCloudTime(begin);
  const to = parseCloudTime(end);
  return from !== null && to !== null && to >= from ? ` · took ${formatDuration(to - from)}` : '';
}

/** The job's steps in order, each with its own status, times and duration. */
export function SubJobTimeline({ steps }: { steps: JobView['subJobs'] }) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading" className="mb-2 text-lg font-semibold">
        Steps
      </h2>
      <ol className="relative space-y-3 border-l-2 border-slate-300 pl-5">
        {steps.map((s, i) => (
          <li key={`${s.type}-${i}`} className="relative">
            <span
              aria-hidden="true"
              className="absolute -left-[27px] top-1 h-3 w-3 rounded-full border-2 border-white bg-slate-400"
            />
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{s.label}</span>
              <StatusBadge status={s.status} />
              <span className="text-slate-600">
                {s.beginTime ? `started ${formatCloudTime(s.beginTime)}` : 'not started'}
                {s.endTime ? ` · ended ${formatCloudTime(s.endTime)}` : ''}
                {took(s.beginTime, s.endTime)}
              </span>
            </div>
            {s.errorCode ? (
              <p className="mt-1 text-sm text-red-800">
                <code>{s.errorCode}</code> {s.failReason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
