import { afterAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../../../testing/test-store';

const url = await openTestStore('postgres', 'follower');
const { queueFollower } = await import('./queue');
const { closeStore } = await import('../../../store/db');

/** Each job is polled this many times, then ends. */
const ROUNDS = 4;
const EVERY_MS = 150;

interface Poll {
  instance: string;
  jobId: string;
  startedAt: number;
  endedAt: number;
}

/** A poll that records who made it and when, and says the job is due again shortly, until it ends. */
function recorder(polls: Poll[], instance: string) {
  return async (jobId: string) => {
    const startedAt = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    const done = polls.filter((p) => p.jobId === jobId).length + 1;
    polls.push({ instance, jobId, startedAt, endedAt: Date.now() });
    return done >= ROUNDS ? null : Date.now() + EVERY_MS;
  };
}

const until = async (check: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

const pollsOf = (polls: Poll[], jobId: string) => polls.filter((p) => p.jobId === jobId);

describe('following jobs through the PostgreSQL queue', () => {
  afterAll(async () => {
    await closeStore();
  });

  it('polls each job on exactly one instance at a time, however many instances run', async () => {
    const polls: Poll[] = [];
    const a = queueFollower(url);
    const b = queueFollower(url);
    await Promise.all([a.start(recorder(polls, 'a')), b.start(recorder(polls, 'b'))]);
    const jobs = Array.from({ length: 6 }, (_, i) => `job-${i}`);
    // Both instances hear of every job (a retried submit, a recovery pass): still one poll at a time.
    for (const id of jobs) await Promise.all([a.follow(id, Date.now()), b.follow(id, Date.now())]);
    await until(() => jobs.every((id) => pollsOf(polls, id).length >= ROUNDS));
    await new Promise((r) => setTimeout(r, 3 * EVERY_MS));
    await Promise.all([a.stop(), b.stop()]);

    for (const id of jobs) {
      const own = pollsOf(polls, id).sort((x, y) => x.startedAt - y.startedAt);
      expect(own, id).toHaveLength(ROUNDS);
      for (let i = 1; i < own.length; i++) {
        const [previous, next] = [own[i - 1], own[i]];
        if (previous && next)
          expect(next.startedAt, `${id} polled twice at once`).toBeGreaterThanOrEqual(previous.endedAt);
      }
    }
  });

  it('an instance that stops hands its jobs to the one still running', async () => {
    const polls: Poll[] = [];
    const a = queueFollower(url);
    const b = queueFollower(url);
    await Promise.all([a.start(recorder(polls, 'a')), b.start(recorder(polls, 'b'))]);
    await a.follow('handed-over', Date.now());
    await until(() => pollsOf(polls, 'handed-over').length >= 1);
    await a.stop();
    await until(() => pollsOf(polls, 'handed-over').length >= ROUNDS);
    await new Promise((r) => setTimeout(r, 3 * EVERY_MS));
    await b.stop();
    const own = pollsOf(polls, 'handed-over');
    expect(own).toHaveLength(ROUNDS);
    expect(own.at(-1)?.instance).toBe('b');
  });
});
