import { FilterForm } from '@/components/ui/filter-form';
import { JOB_STATUS_FILTERS } from '@/lib/jobs/job-status';
import { JOB_TYPE_FILTERS, jobTypeLabel } from '@/lib/jobs/job-types';

export function JobFilters({
  filter,
  users,
}: {
  filter: { status?: string; jobType?: string; userName?: string };
  users: string[];
}) {
  return (
    <FilterForm
      action="/jobs"
      filters={[
        { name: 'status', label: 'Status', anyLabel: 'Any status', options: JOB_STATUS_FILTERS, value: filter.status },
        {
          name: 'type',
          label: 'Type',
          anyLabel: 'Any type',
          options: JOB_TYPE_FILTERS.map((t) => ({ value: t, label: jobTypeLabel(t) })),
          value: filter.jobType,
        },
        {
          name: 'user',
          label: 'Started by',
          anyLabel: 'Anyone',
          options: users.map((u) => ({ value: u, label: u })),
          value: filter.userName,
        },
      ]}
    />
  );
}
