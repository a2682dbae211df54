import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-classes';
import { JOB_STATUS_FILTERS } from '@/lib/jobs/job-status';
import { JOB_TYPE_FILTERS, jobTypeLabel } from '@/lib/jobs/job-types';

export function JobFilters({
  filter,
  users,
}: {
  filter: { status?: string; jobType?: string; userName?: string };
  users: string[];
}) {
  const select = 'mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';
  return (
    <form
      key={`${filter.status}|${filter.jobType}|${filter.userName}`}
      method="get"
      action="/jobs"
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="job-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="job-status" name="status" defaultValue={filter.status ?? ''} className={select}>
          <option value="">Any status</option>
          {JOB_STATUS_FILTERS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="job-type" className="block text-sm font-medium">
          Type
        </label>
        <select id="job-type" name="type" defaultValue={filter.jobType ?? ''} className={select}>
          <option value="">Any type</option>
          {JOB_TYPE_FILTERS.map((t) => (
            <option key={t} value={t}>
              {jobTypeLabel(t)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="job-user" className="block text-sm font-medium">
          Started by
        </label>
        <select id="job-user" name="user" defaultValue={filter.userName ?? ''} className={select}>
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses.primary}>
        Apply filters
      </button>
      {filter.status || filter.jobType || filter.userName ? (
        <Link href="/jobs" className={buttonClasses.secondary}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
