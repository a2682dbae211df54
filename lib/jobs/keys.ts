import { queryOptions } from '@tanstack/react-query';
import { isTerminal } from './job-status';
import type { JobView } from './job-view';
import { pushOpen } from './push-state';

/** While changes are pushed, polling is only a safety net. */
const SAFETY_POLL_MS = 15_000;

export const jobKeys = {
  all: ['jobs'] as const,
  detail: (id: string) => ['jobs', 'detail', id] as const,
  mine: () => ['jobs', 'mine'] as const,
};

async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    throw new Error('The console could not be reached.');
  }
  if (res.status === 401) throw new Error('Your session has ended. Sign in again.');
  if (!res.ok) throw new Error(`The console answered HTTP ${res.status}.`);
  return (await res.json()) as T;
}

/** A job, pushed, or polled every second until it ends (hidden tabs pause: TanStack Query's default). */
export const jobQueryOptions = (id: string, initial?: JobView) =>
  queryOptions({
    queryKey: jobKeys.detail(id),
    queryFn: () => getJson<JobView>(`/api/jobs/${encodeURIComponent(id)}`),
    initialData: initial,
    refetchInterval: (query) =>
      query.state.data && isTerminal(query.state.data.status) ? false : pushOpen() ? SAFETY_POLL_MS : 1000,
  });

/** The signed-in user's running and just-finished jobs: faster while something runs. */
export const myJobsQueryOptions = () =>
  queryOptions({
    queryKey: jobKeys.mine(),
    queryFn: () => getJson<{ jobs: JobView[] }>('/api/jobs'),
    refetchInterval: (query) =>
      pushOpen() ? SAFETY_POLL_MS : query.state.data?.jobs.some((j) => !isTerminal(j.status)) ? 2000 : 10_000,
  });
