import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lt, lte } from 'drizzle-orm';
import { db } from '../../store/db';
import { jobs } from '../../store/schema';
import { ACTIVE_STATUSES } from '../job-status';
import { jobChanged } from './job-events';

export type JobRow = typeof jobs.$inferSelect;

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
   * answer being the end (`sync`: renames).
   */
  kind: 'sdrs-job' | 'ecs-job' | 'evs-pair' | 'group-watch' | 'sync';
  jobType: string;
  projectId: string;
  userName: string;
  targetKind: 'protection-group' | 'protected-instance' | 'replication-pair' | 'evs-replication-pair';
  targetName: string;
  /** Known up front for operations on an existing resource. */
  targetId?: string | null;
  params: unknown;
  idempotencyKey: string;
  starterSession: string;
}

/** The job an idempotency key already started in this project, if any. */
export const jobByKey = (projectId: string, key: string): JobRow | undefined =>
  db()
    .select()
    .from(jobs)
    .where(and(eq(jobs.projectId, projectId), eq(jobs.idempotencyKey, key)))
    .get();

export type Reservation = { fresh: true; id: string } | { fresh: false; job: JobRow };

/**
 * Claims the idempotency key before anything is sent to the cloud. A second submit with the same
 * key (double click, retried request, second tab) gets the first job back instead of a new one.
 */
export function reserveJob(job: NewJob): Reservation {
  const now = Date.now();
  const id = randomUUID();
  const inserted = db()
    .insert(jobs)
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
      idempotencyKey: job.idempotencyKey,
      starterSession: job.starterSession,
      createdAt: now,
      updatedAt: now,
      nextPollAt: now,
      lastViewedAt: now,
      pollErrors: 0,
    })
    .onConflictDoNothing()
    .run();
  if (inserted.changes === 1) {
    jobChanged({ projectId: job.projectId, jobId: id });
    return { fresh: true, id };
  }
  const existing = jobByKey(job.projectId, job.idempotencyKey);
  if (!existing) throw new Error('idempotency reservation vanished');
  return { fresh: false, job: existing };
}

/** The cloud accepted the request: the job is now tracked. */
export function markSubmitted(id: string, cloud: { cloudJobId: string | null; targetId?: string | null }): void {
  const now = Date.now();
  const changed = db()
    .update(jobs)
    .set({
      cloudJobId: cloud.cloudJobId,
      ...(cloud.targetId !== undefined ? { targetId: cloud.targetId } : {}),
      status: 'INIT',
      updatedAt: now,
      nextPollAt: now,
    })
    .where(eq(jobs.id, id))
    .returning({ projectId: jobs.projectId })
    .get();
  announce(id, changed);
}

/** The cloud refused the request: nothing started, so the key is released for a corrected retry. */
export function releaseReservation(id: string): void {
  db()
    .delete(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.status, 'SUBMITTING')))
    .run();
}

export const getJobRow = (id: string): JobRow | undefined => db().select().from(jobs).where(eq(jobs.id, id)).get();

export function updateJob(id: string, changes: Partial<JobRow>): void {
  const changed = db()
    .update(jobs)
    .set({ ...changes, updatedAt: Date.now() })
    .where(eq(jobs.id, id))
    .returning({ projectId: jobs.projectId })
    .get();
  announce(id, changed);
}

/** Tells the project's streams that a job changed (the update's own answer names the project). */
const announce = (id: string, changed: { projectId: string } | undefined): void => {
  if (changed) jobChanged({ projectId: changed.projectId, jobId: id });
};

/** A look is written at most this often per job: the pause after two unviewed minutes needs no finer grain. */
const VIEW_GRAIN_MS = 5000;

/** Someone is looking: polling resumes (or continues) for these jobs. */
export function markViewed(ids: string[], sessionHash: string, now = Date.now()): void {
  if (ids.length === 0) return;
  db()
    .update(jobs)
    .set({ lastViewedAt: now, viewerSession: sessionHash })
    .where(and(inArray(jobs.id, ids), lt(jobs.lastViewedAt, now - VIEW_GRAIN_MS)))
    .run();
}

export const dueJobs = (now: number): JobRow[] =>
  db()
    .select()
    .from(jobs)
    .where(and(inArray(jobs.status, ACTIVE_STATUSES), lte(jobs.nextPollAt, now)))
    .all();

export interface JobFilter {
  status?: string;
  jobType?: string;
  userName?: string;
}

export function listJobs(projectId: string, filter: JobFilter = {}, limit = 500): JobRow[] {
  const conditions = [eq(jobs.projectId, projectId)];
  if (filter.status === 'active') conditions.push(inArray(jobs.status, ACTIVE_STATUSES));
  else if (filter.status) conditions.push(eq(jobs.status, filter.status));
  if (filter.jobType) conditions.push(eq(jobs.jobType, filter.jobType));
  if (filter.userName) conditions.push(eq(jobs.userName, filter.userName));
  return db()
    .select()
    .from(jobs)
    .where(and(...conditions))
    .orderBy(desc(jobs.createdAt))
    .limit(limit)
    .all();
}

/** The latest jobs the console started on one resource, newest first. */
export const jobsForTarget = (projectId: string, targetId: string, limit = 5): JobRow[] =>
  db()
    .select()
    .from(jobs)
    .where(and(eq(jobs.projectId, projectId), eq(jobs.targetId, targetId)))
    .orderBy(desc(jobs.createdAt))
    .limit(limit)
    .all();

/** Reservations older than `olderThanMs` whose cloud call never came back: the console stopped mid-submit. */
export const staleReservations = (now: number, olderThanMs: number): JobRow[] =>
  db()
    .select()
    .from(jobs)
    .where(and(eq(jobs.status, 'SUBMITTING'), lte(jobs.createdAt, now - olderThanMs)))
    .all();

/** Everyone who started a job in the project, for the "started by" filter. */
export const jobUsers = (projectId: string): string[] =>
  db()
    .selectDistinct({ userName: jobs.userName })
    .from(jobs)
    .where(eq(jobs.projectId, projectId))
    .orderBy(jobs.userName)
    .all()
    .map((r) => r.userName);
