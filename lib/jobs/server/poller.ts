import 'server-only';
import { liveSessionByHash } from '../../auth/session';
import { cloudFor } from '../../otc/session-cloud';
import { dueJobs, staleReservations, updateJob, type JobRow } from './ledger';
import { isPaused, pollIntervalMs, retryDelayMs } from '../poll-schedule';
import { recordJobEnd } from './job-end';
import { isTerminal } from '../job-status';
import { pollJob } from './track';

/** Due jobs are looked for this often: a job is asked about within this long of its due time. */
const TICK_MS = 100;
const CONCURRENCY = 8;
/** A reservation whose cloud call never came back (the console stopped mid-submit). */
const SUBMIT_TIMEOUT_MS = 2 * 60_000;

const holder = globalThis as unknown as { sdrsJobPoller?: ReturnType<typeof setInterval> };

async function pollOne(row: JobRow, now: number): Promise<void> {
  const age = now - row.createdAt;
  if (isPaused(row.lastViewedAt, now)) {
    updateJob(row.id, { nextPollAt: now + pollIntervalMs(age) });
    return;
  }
  // Act as whoever is watching, else as whoever started the job; with neither, wait for a viewer.
  const session =
    (row.viewerSession ? liveSessionByHash(row.viewerSession) : null) ??
    (row.starterSession ? liveSessionByHash(row.starterSession) : null);
  if (!session || session.projectId !== row.projectId) {
    updateJob(row.id, { nextPollAt: now + 5000 });
    return;
  }
  try {
    const progress = await pollJob(cloudFor(session, { fresh: true }), row);
    const changes: Partial<JobRow> = {
      ...(progress.subJobs ? { subJobs: JSON.stringify(progress.subJobs) } : {}),
      ...(progress.entities ? { entities: JSON.stringify(progress.entities) } : {}),
      ...(progress.targetId ? { targetId: progress.targetId } : {}),
      ...(progress.targetStatus ? { targetStatus: progress.targetStatus } : {}),
      pollErrors: 0,
      // From when this pass began, not from when the answer came: a job is asked every second,
      // not every second plus the cloud's answer time.
      nextPollAt: now + pollIntervalMs(age),
    };
    if (isTerminal(progress.status)) {
      recordJobEnd(
        row,
        { status: progress.status, errorCode: progress.errorCode, failReason: progress.failReason },
        changes,
      );
    } else {
      updateJob(row.id, { ...changes, status: progress.status, errorCode: null, failReason: null, finishedAt: null });
    }
  } catch (e) {
    console.error(`[jobs] polling ${row.id} failed: ${(e as Error).message}`);
    updateJob(row.id, {
      pollErrors: row.pollErrors + 1,
      nextPollAt: Date.now() + retryDelayMs(age, row.pollErrors + 1),
    });
  }
}

let busy = false;

/** One pass: every due job gets one upstream request, whatever the number of people watching it. */
export async function pollDueJobs(now = Date.now()): Promise<number> {
  if (busy) return 0;
  busy = true;
  try {
    for (const row of staleReservations(now, SUBMIT_TIMEOUT_MS)) {
      // Whether the cloud acted is unknown, so the job says exactly that.
      recordJobEnd(row, {
        status: 'FAIL',
        errorCode: 'CONSOLE.INTERRUPTED',
        failReason:
          'The console stopped while submitting. Check the list: the resource may or may not have been created.',
      });
    }
    const due = dueJobs(now);
    for (let i = 0; i < due.length; i += CONCURRENCY) {
      await Promise.all(due.slice(i, i + CONCURRENCY).map((row) => pollOne(row, now)));
    }
    return due.length;
  } finally {
    busy = false;
  }
}

/** Starts the console's single poller (idempotent); jobs in flight resume after a restart. */
export function ensurePoller(): void {
  if (holder.sdrsJobPoller || process.env.NEXT_PHASE === 'phase-production-build') return;
  holder.sdrsJobPoller = setInterval(
    () => void pollDueJobs().catch((e) => console.error(`[jobs] ${(e as Error).message}`)),
    TICK_MS,
  );
  holder.sdrsJobPoller.unref?.();
}
