import { describe, expect, it } from 'vitest';
import type { JobView } from './job-view';
import { parseJobSort, sortJobs } from './job-sort';

const job = (id: string, over: Partial<JobView>): JobView =>
  ({
    id,
    typeLabel: 'x',
    targetName: 'x',
    status: 'SUCCESS',
    userName: 'u',
    createdAt: 0,
    finishedAt: 0,
    ...over,
  }) as JobView;

describe('sorting the Jobs page', () => {
  const jobs = [
    job('a', { createdAt: 1, finishedAt: 11, userName: 'zoe' }),
    job('b', { createdAt: 3, finishedAt: null, userName: 'amy' }),
    job('c', { createdAt: 2, finishedAt: 4, userName: 'max' }),
  ];
  it('is newest first by default, and ignores what it does not know', () => {
    expect(parseJobSort(undefined, undefined)).toEqual({ key: 'started', dir: 'desc' });
    expect(parseJobSort('drop table', 'sideways')).toEqual({ key: 'started', dir: 'desc' });
    expect(sortJobs(jobs, parseJobSort(undefined, undefined)).map((j) => j.id)).toEqual(['b', 'c', 'a']);
  });
  it('sorts by user or by duration, running jobs last', () => {
    expect(sortJobs(jobs, parseJobSort('user', undefined)).map((j) => j.id)).toEqual(['b', 'c', 'a']);
    expect(sortJobs(jobs, parseJobSort('took', 'asc')).map((j) => j.id)).toEqual(['c', 'a', 'b']);
  });
});
