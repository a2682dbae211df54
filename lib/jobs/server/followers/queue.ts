import 'server-only';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { ADVISORY_LOCKS } from '../../../store/advisory-locks';
import { overdueJobs } from '../ledger';
import type { JobFollower, PollJob } from './follower';

const QUEUE = 'job-follow';
/** The queue is asked for due polls this often: a job is asked about within this long of its due time. */
const TICK_MS = 100;
const CONCURRENCY = 8;
/**
 * A poll held longer than this by an instance is given to another: the instance died mid-poll.
 * One poll is one cloud request, answered in well under this.
 */
const POLL_EXPIRES_S = 5;
/** How often pg-boss looks for expired polls (its maintenance); with the expiry, the takeover time. */
const MAINTENANCE_S = 1;
/** A job overdue by this much has no poll in the queue at all (lost): it is queued again. */
const LOST_AFTER_MS = 15_000;
const RECOVER_EVERY_MS = 5_000;

interface FollowData {
  jobId: string;
}

const QUEUE_SETTINGS = {
  name: QUEUE,
  policy: 'stately',
  expireInSeconds: POLL_EXPIRES_S,
  retryLimit: 1000,
  // Handed on at once: the poll it stands for is already late.
  retryDelay: 0,
} as const satisfies PgBoss.Queue;

/** Runs `setUp` while holding the queue's set-up lock: instances starting together take turns. */
async function oneAtATime(connectionString: string, setUp: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: 'sdrs-console-setup' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.queueSetUp]);
    await setUp();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * With PostgreSQL, each poll of a job is a pg-boss job: instances fetch due polls with
 * `SKIP LOCKED`, so each is taken by exactly one of them; the poll queues the job's next poll
 * before it completes. The queue's `stately` policy keeps at most one waiting and one running poll
 * per job, whoever sends. An instance that dies holding a poll loses it to another after
 * `POLL_EXPIRES_S`; one that dies between polls loses nothing, the next poll waiting in the queue.
 */
export function queueFollower(connectionString: string): JobFollower {
  const boss = new PgBoss({
    connectionString,
    application_name: 'sdrs-console-queue',
    max: 4,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: MAINTENANCE_S,
    // Done polls are not kept: one per job per second would only fill the database.
    archiveCompletedAfterSeconds: 60,
    deleteAfterSeconds: 3600,
  });
  boss.on('error', (e: Error) => console.error(`[jobs] queue: ${e.message}`));
  let poll: PollJob = async () => null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let recovery: ReturnType<typeof setInterval> | undefined;
  let pass: Promise<void> | null = null;
  let stopping = false;

  const queuePoll = (jobId: string, at: number) =>
    boss.send(QUEUE, { jobId } satisfies FollowData, { singletonKey: jobId, startAfter: new Date(at) });

  const handle = async (job: PgBoss.Job<FollowData>) => {
    try {
      const next = await poll(job.data.jobId);
      if (next !== null) await queuePoll(job.data.jobId, next);
      await boss.complete(QUEUE, job.id);
    } catch (e) {
      console.error(`[jobs] following ${job.data.jobId}: ${(e as Error).message}`);
      await boss.fail(QUEUE, job.id).catch(() => undefined);
    }
  };
  const runPass = async () => {
    const jobs = await boss.fetch<FollowData>(QUEUE, { batchSize: CONCURRENCY });
    await Promise.all(jobs.map(handle));
  };
  const tick = () => {
    if (pass || stopping) return;
    pass = runPass()
      .catch((e: unknown) => console.error(`[jobs] queue: ${(e as Error).message}`))
      .finally(() => {
        pass = null;
      });
  };
  // A poll can go missing only if the database lost it (restored from a backup, say): every
  // instance looks now and then, and the queue's policy keeps a second copy out.
  const recover = async () => {
    for (const row of await overdueJobs(Date.now(), LOST_AFTER_MS)) await queuePoll(row.id, Date.now());
  };

  return {
    async start(pollJob) {
      poll = pollJob;
      try {
        await oneAtATime(connectionString, async () => {
          await boss.start();
          await boss.createQueue(QUEUE, QUEUE_SETTINGS);
          // A queue made by an earlier version keeps its settings otherwise.
          await boss.updateQueue(QUEUE, QUEUE_SETTINGS);
        });
        await recover();
      } catch (e) {
        await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
        throw e;
      }
      timer = setInterval(tick, TICK_MS);
      recovery = setInterval(
        () => void recover().catch((e: unknown) => console.error(`[jobs] queue: ${(e as Error).message}`)),
        RECOVER_EVERY_MS,
      );
      timer.unref?.();
      recovery.unref?.();
    },
    async follow(jobId, at) {
      await queuePoll(jobId, at);
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      if (recovery) clearInterval(recovery);
      // The polls in hand finish (each queues its next one), so nothing waits for an expiry.
      await pass;
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
