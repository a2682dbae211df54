import type { JobView } from './job-view';

/** The columns the Jobs page sorts by, with what each compares. */
const KEYS = {
  type: (j: JobView) => j.typeLabel,
  resource: (j: JobView) => j.targetName,
  status: (j: JobView) => j.status,
  user: (j: JobView) => j.userName,
  started: (j: JobView) => j.createdAt,
  took: (j: JobView) => (j.finishedAt ?? Number.MAX_SAFE_INTEGER) - j.createdAt,
} as const;
export type JobSortKey = keyof typeof KEYS;
export type JobSort = { key: JobSortKey; dir: 'asc' | 'desc' };

/** Newest first unless asked otherwise; anything unknown in the address falls back to that. */
export function parseJobSort(sort: unknown, dir: unknown): JobSort {
  const key = typeof sort === 'string' && Object.hasOwn(KEYS, sort) ? (sort as JobSortKey) : 'started';
  const direction = dir === 'asc' || dir === 'desc' ? dir : key === 'started' ? 'desc' : 'asc';
  return { key, dir: direction };
}

export function sortJobs(jobs: readonly JobView[], { key, dir }: JobSort): JobView[] {
  const pick = KEYS[key];
  const sign = dir === 'asc' ? 1 : -1;
  return [...jobs].sort((a, b) => {
    const x = pick(a);
    const y = pick(b);
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}
