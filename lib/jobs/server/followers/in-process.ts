import 'server-only';
import { dueJobs } from '../ledger';
import type { JobFollower, PollJob } from './follower';

/** Due jobs are looked for this often: a job is asked about within this long of its due time. */
const TICK_MS = 100;
const CONCURRENCY = 8;

/**
 * With SQLite there is one instance by definition: the ledger's `next_poll_at` is the schedule and
 * a timer in the process takes what is due. A restart finds the unfinished jobs in the ledger.
 */
export function inProcessFollower(): JobFollower {
  let timer: ReturnType<typeof setInterval> | undefined;
  let pass: Promise<void> | null = null;
  let poll: PollJob = async () => null;

  const runPass = async () => {
    const due = await dueJobs(Date.now());
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      await Promise.all(due.slice(i, i + CONCURRENCY).map((row) => poll(row.id)));
    }
  };
  const tick = () => {
    if (pass) return;
    pass = runPass()
      .catch((e: unknown) => console.error(`[jobs] ${(e as Error).message}`))
      .finally(() => {
        pass = null;
      });
  };

  return {
    async start(pollJob) {
      poll = pollJob;
      timer ??= setInterval(tick, TICK_MS);
      timer.unref?.();
    },
    // The ledger already says when: the next pass takes it.
    async follow() {},
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await pass;
    },
  };
}
