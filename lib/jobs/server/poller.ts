import 'server-only';
import { liveSessionByHash, planRunStarterByHash } from '../../auth/session';
import { config } from '../../config';
import { cloudFor } from '../../otc/session-cloud';
import { storeKindOf } from '../../store/store-url';
import { getJobRow, staleReservations, updateJob, type JobRow } from './ledger';
import { isPaused, pollIntervalMs, retryDelayMs } from '../poll-schedule';
import { recordJobEnd } from './job-end';
import { isTerminal } from '../job-status';
import { pollJob } from './track';
import { advancePlanRun } from '../../plans/runner';
import type { JobFollower } from './followers/follower';
import { inProcessFollower } from './followers/in-process';
import { queueFollower } from './followers/queue';

/** A reservation whose cloud call never came back (the console stopped mid-submit). */
const SUBMIT_TIMEOUT_MS = 2 * 60_000;
const SWEEP_EVERY_MS = 10_000;
const RETRY_START_MS = 5000;
/** With no live session to act as, the job waits this long for one. */
const NO_SESSION_WAIT_MS = 5000;

/** The recovery plan run a job belongs to while that run goes on: the run itself, or the run that started it. */
async function runningPlanOf(row: JobRow): Promise<JobRow | null> {
  if (row.kind === 'plan-run') return isTerminal(row.status) ? null : row;
  const run = row.planRunId ? await getJobRow(row.planRunId) : undefined;
  return run && !isTerminal(run.status) ? run : null;
}

/** One poll of one job: one upstream request, whatever the number of people watching it. Returns when next due. */
async function pollOnce(row: JobRow, now: number): Promise<number | null> {
  if (isTerminal(row.status) || row.status === 'SUBMITTING') return null;
  const age = now - row.createdAt;
  const reschedule = async (at: number, changes: Partial<JobRow> = {}) => {
    await updateJob(row.id, { ...changes, nextPollAt: at });
    return at;
  };
  // A plan run, and every job it waits on, goes on whether anyone looks or not: a failover at night
  // must not wait for a viewer's tab.
  const plan = await runningPlanOf(row);
  if (!plan && isPaused(row.lastViewedAt, now)) return reschedule(now + pollIntervalMs(age));
  // Act as whoever is watching, else as whoever started the job, else (for a plan run's jobs) as
  // whoever started the run, even once that session is idle or signed out; with none, wait for a viewer.
  const session =
    (row.viewerSession ? await liveSessionByHash(row.viewerSession) : null) ??
    (row.starterSession ? await liveSessionByHash(row.starterSession) : null) ??
    (plan?.starterSession ? await planRunStarterByHash(plan.starterSession) : null);
  if (!session || session.projectId !== row.projectId) return reschedule(now + NO_SESSION_WAIT_MS);
  try {
    const progress =
      row.kind === 'plan-run'
        ? await advancePlanRun(session, row.id, now)
        : await pollJob(await cloudFor(session, { fresh: true }), row);
    // From when this poll began, not from when the answer came: a job is asked every second,
    // not every second plus the cloud's answer time.
    const next = now + pollIntervalMs(age);
    const changes: Partial<JobRow> = {
      ...(progress.subJobs ? { subJobs: JSON.stringify(progress.subJobs) } : {}),
      ...(progress.entities ? { entities: JSON.stringify(progress.entities) } : {}),
      ...(progress.targetId ? { targetId: progress.targetId } : {}),
      ...(progress.targetStatus ? { targetStatus: progress.targetStatus } : {}),
      pollErrors: 0,
      nextPollAt: next,
    };
    if (isTerminal(progress.status)) {
      await recordJobEnd(
        row,
        { status: progress.status, errorCode: progress.errorCode, failReason: progress.failReason },
        changes,
      );
      return null;
    }
    return reschedule(next, {
      ...changes,
      status: progress.status,
      // A running job has no error, but for a plan run stopped at a failed step.
      errorCode: progress.errorCode ?? null,
      failReason: progress.failReason ?? null,
      finishedAt: null,
    });
  } catch (e) {
    console.error(`[jobs] polling ${row.id} failed: ${(e as Error).message}`);
    return reschedule(Date.now() + retryDelayMs(age, row.pollErrors + 1), { pollErrors: row.pollErrors + 1 });
  }
}

/** Polls one job of the ledger by its id (what the follower calls). */
export async function pollLedgerJob(jobId: string, now = Date.now()): Promise<number | null> {
  const row = await getJobRow(jobId);
  return row ? pollOnce(row, now) : null;
}

/**
 * Reservations whose cloud call never came back end as interrupted: whether the cloud acted is
 * unknown, so the job says exactly that. Any instance may sweep; the end is recorded once.
 */
export async function sweepStaleReservations(now = Date.now()): Promise<void> {
  for (const row of await staleReservations(now, SUBMIT_TIMEOUT_MS)) {
    await recordJobEnd(row, {
      status: 'FAIL',
      errorCode: 'CONSOLE.INTERRUPTED',
      failReason:
        'The console stopped while submitting. Check the list: the resource may or may not have been created.',
    });
  }
}

interface Poller {
  follower: JobFollower;
  started: Promise<void>;
  sweep: ReturnType<typeof setInterval>;
}
const holder = globalThis as unknown as { sdrsJobPoller?: Poller; sdrsJobPollerStopped?: boolean };

const chooseFollower = (): JobFollower => {
  const url = config().DATABASE_URL;
  return storeKindOf(url) === 'postgres' ? queueFollower(url) : inProcessFollower();
};

/** Starts this instance's part in following jobs (idempotent); jobs in flight resume after a restart. */
export function ensurePoller(): Promise<void> {
  // Not during the build, and not again once the instance shuts down (requests still in hand call this).
  if (process.env.NEXT_PHASE === 'phase-production-build' || holder.sdrsJobPollerStopped) return Promise.resolve();
  if (!holder.sdrsJobPoller) {
    const follower = chooseFollower();
    const sweep = setInterval(
      () => void sweepStaleReservations().catch((e: unknown) => console.error(`[jobs] ${(e as Error).message}`)),
      SWEEP_EVERY_MS,
    );
    sweep.unref?.();
    const started = follower
      .start((jobId) => pollLedgerJob(jobId))
      .catch((e: unknown) => {
        // The store not reachable yet, say: this instance tries again by itself; the others follow meanwhile.
        console.error(`[jobs] following jobs could not start, trying again shortly: ${(e as Error).message}`);
        clearInterval(sweep);
        holder.sdrsJobPoller = undefined;
        setTimeout(() => void ensurePoller(), RETRY_START_MS).unref();
      });
    holder.sdrsJobPoller = { follower, started, sweep };
  }
  return holder.sdrsJobPoller.started;
}

/**
 * A job the cloud accepted: it is followed from now on, by whichever instance the queue picks.
 * Never fails the caller: the job is in the ledger, and a job the queue missed is queued again by
 * the follower's recovery.
 */
export async function followJob(jobId: string): Promise<void> {
  try {
    await ensurePoller();
    await holder.sdrsJobPoller?.follower.follow(jobId, Date.now());
  } catch (e) {
    console.error(`[jobs] ${jobId} not queued yet: ${(e as Error).message}`);
  }
}

/** Stops following (shutdown): polls in hand finish, the rest stay queued for the other instances. */
export async function stopPoller(): Promise<void> {
  holder.sdrsJobPollerStopped = true;
  const poller = holder.sdrsJobPoller;
  if (!poller) return;
  holder.sdrsJobPoller = undefined;
  clearInterval(poller.sweep);
  await poller.started;
  await poller.follower.stop();
}
