import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../../store/db';
import type { JobRecord } from '../../store/tables';
import { ACTIVE_STATUSES } from '../job-status';
import { jobChanged } from './job-events';

export type JobRow = JobRecord;

export interface SubJobView {
  type: string;
  status: string;
  beginTime: string | null;
  endTime: string | null;
  errorCode: string | null;
  failReason: string | null;
}

export interface NewJob {
  /**
   * How it is followed: the SDRS or ECS job API; or, with no job to ask, the resource's own status
   * (EVS pairs, and group operations started outside the console); or nothing to follow, the cloud's
   * answer being the end (`sync`: renames); or a recovery plan's run, which the follower moves on
   * step by step (`plan-run`).
   */
  kind: 'sdrs-job' | 'ecs-job' | 'evs-pair' | 'group-watch' | 'sync' | 'plan-run';
  jobType: string;
  projectId: string;
  userName: string;
  targetKind: 'protection-group' | 'protected-instance' | 'replication-pair' | 'evs-replication-pair' | 'recovery-plan';
  targetName: string;
  /** Known up front for operations on an existing resource. */
  targetId?: string | null;
  params: unknown;
  idempotencyKey: string;
  starterSession: string;
  /** Set when a recovery plan run's step starts the job: the run waits on it. */
  planRunId?: string | null;
}

/** The job an idempotency key already started in this project, if any. */
export const jobByKey = async (projectId: string, key: string): Promise<JobRow | undefined> =>
  (await db())
    .selectFrom('jobs')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();

export type Reservation = { fresh: true; id: string } | { fresh: false; job: JobRow };

/**
 * Claims the idempotency key before anything is sent to the cloud. A second submit with the same
 * key (double click, retried request, second tab, another instance) gets the first job back
 * instead of a new one: the unique index decides, whoever inserts first.
 */
export async function reserveJob(job: NewJob): Promise<Reservation> {
  const now = Date.now();
  const id = randomUUID();
  const store = await db();
  const inserted = await store
    .insertInto('jobs')
    .values({
      id,
      cloudJobId: null,
      kind: job.kind,
      jobType: job.jobType,
      projectId: job.projectId,
      userName: job.userName,
      targetKind: job.targetKind,
      targetId: job.targetId ?? null,
      targetName: job.targetName,
      params: JSON.stringify(job.params),
      status: 'SUBMITTING',
      subJobs: '[]',
      entities: '{}',
      errorCode: null,
      failReason: null,
      targetStatus: null,
      idempotencyKey: job.idempotencyKey,
      starterSession: job.starterSession,
      viewerSession: null,
      planRunId: job.planRunId ?? null,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
      nextPollAt: now,
      lastViewedAt: now,
      pollErrors: 0,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    await jobChanged({ projectId: job.projectId, jobId: id });
    return { fresh: true, id };
  }
  const existing = await jobByKey(job.projectId, job.idempotencyKey);
  if (!existing) throw new Error('idempotency reservation vanished');
  return { fresh: false, job: existing };
}

/** The cloud accepted the request: the job is now tracked. */
export async function markSubmitted(
  id: string,
  cloud: { cloudJobId: string | null; targetId?: string | null },
): Promise<void> {
  const now = Date.now();
  const store = await db();
  const changed = await store
    .updateTable('jobs')
    .set({
      cloudJobId: cloud.cloudJobId,
      ...(cloud.targetId !== undefined ? { targetId: cloud.targetId } : {}),
      status: 'INIT',
      updatedAt: now,
      nextPollAt: now,
    })
    .where('id', '=', id)
    .returning('projectId')
    .executeTakeFirst();
  await announce(id, changed);
}

/** The cloud refused the request: nothing started, so the key is released for a corrected retry. */
export async function releaseReservation(id: string): Promise<void> {
  await (await db()).deleteFrom('jobs').where('id', '=', id).where('status', '=', 'SUBMITTING').execute();
}

export const getJobRow = async (id: string): Promise<JobRow | undefined> =>
  (await db()).selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateJob(id: string, changes: Partial<JobRow>): Promise<void> {
  const store = await db();
  const changed = await store
    .updateTable('jobs')
    .set({ ...changes, updatedAt: Date.now() })
    .where('id', '=', id)
    .returning('projectId')
    .executeTakeFirst();
  await announce(id, changed);
}

/** Tells the project's streams that a job changed (the update's own answer names the project). */
const announce = async (id: string, changed: { projectId: string } | undefined): Promise<void> => {
  if (changed) await jobChanged({ projectId: changed.projectId, jobId: id });
};

/** A look is written at most this often per job: the pause after two unviewed minutes needs no finer grain. */
const VIEW_GRAIN_MS = 5000;

/** Someone is looking: polling resumes (or continues) for these jobs. */
export async function markViewed(ids: string[], sessionHash: string, now = Date.now()): Promise<void> {
  if (ids.length === 0) return;
  const store = await db();
  await store
    .updateTable('jobs')
    .set({ lastViewedAt: now, viewerSession: sessionHash })
    .where('id', 'in', ids)
    .where('lastViewedAt', '<', now - VIEW_GRAIN_MS)
    .execute();
}

/** Unfinished jobs due for a poll by now (the in-process follower's schedule). */
export const dueJobs = async (now: number): Promise<JobRow[]> =>
  (await db())
    .selectFrom('jobs')
    .selectAll()
    .where('status', 'in', ACTIVE_STATUSES)
    .where('nextPollAt', '<=', now)
    .execute();

/** Unfinished jobs whose poll is overdue by more than `lateMs`: their follow-up was lost. */
export const overdueJobs = async (now: number, lateMs: number): Promise<JobRow[]> => dueJobs(now - lateMs);

export interface JobFilter {
  status?: string;
  jobType?: string;
  userName?: string;
}

export async function listJobs(projectId: string, filter: JobFilter = {}, limit = 500): Promise<JobRow[]> {
  let query = (await db()).selectFrom('jobs').selectAll().where('projectId', '=', projectId);
  if (filter.status === 'active') query = query.where('status', 'in', ACTIVE_STATUSES);
  else if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.jobType) query = query.where('jobType', '=', filter.jobType);
  if (filter.userName) query = query.where('userName', '=', filter.userName);
  return query.orderBy('createdAt', 'desc').limit(limit).execute();
}

/** The latest jobs the console started on one resource, newest first. */
export const jobsForTarget = async (projectId: string, targetId: string, limit = 5): Promise<JobRow[]> =>
  (await db())
    .selectFrom('jobs')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('targetId', '=', targetId)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();

/** Reservations older than `olderThanMs` whose cloud call never came back: the console stopped mid-submit. */
export const staleReservations = async (now: number, olderThanMs: number): Promise<JobRow[]> =>
  (await db())
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'SUBMITTING')
    .where('createdAt', '<=', now - olderThanMs)
    .execute();

/** Everyone who started a job in the project, for the "started by" filter. */
export async function jobUsers(projectId: string): Promise<string[]> {
  const store = await db();
  const rows = await store
    .selectFrom('jobs')
    .select('userName')
    .distinct()
    .where('projectId', '=', projectId)
    .orderBy('userName')
    .execute();
  return rows.map((r) => r.userName);
}
