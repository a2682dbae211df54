import 'server-only';
import { db } from '../store/db';
import type { PlanRecord, PlanRunRecord } from '../store/tables';
import type { PlanStep } from '../schemas/plans';
import { runStatus, type RunMode, type RunStatus, type StepRun } from './run-state';

export interface Plan {
  id: string;
  name: string;
  description: string;
  steps: PlanStep[];
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface PlanRun {
  id: string;
  projectId: string;
  planId: string;
  planName: string;
  mode: RunMode;
  status: RunStatus;
  steps: StepRun[];
  startedBy: string;
  startedAt: number;
  finishedAt: number | null;
}

const toPlan = (r: PlanRecord): Plan => ({
  id: r.id,
  name: r.name,
  description: r.description,
  steps: JSON.parse(r.steps) as PlanStep[],
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toRun = (r: PlanRunRecord): PlanRun => ({
  id: r.id,
  projectId: r.projectId,
  planId: r.planId,
  planName: r.planName,
  mode: r.mode as RunMode,
  status: r.status as RunStatus,
  steps: JSON.parse(r.steps) as StepRun[],
  startedBy: r.startedBy,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
});

export async function listPlans(projectId: string): Promise<Plan[]> {
  const store = await db();
  const rows = await store
    .selectFrom('recoveryPlans')
    .selectAll()
    .where('projectId', '=', projectId)
    .orderBy('name')
    .execute();
  return rows.map(toPlan);
}

export async function getPlan(projectId: string, id: string): Promise<Plan | null> {
  const store = await db();
  const row = await store
    .selectFrom('recoveryPlans')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toPlan(row) : null;
}

export type SaveResult = { ok: true; id: string } | { ok: false; reason: 'name-taken' };

/**
 * Creates or replaces a plan under `id` (a new plan's id is its form's idempotency key, so the same
 * form sent twice saves one plan). Names are unique per project.
 */
export async function savePlan(
  projectId: string,
  by: string,
  plan: { id: string; name: string; description: string; steps: PlanStep[] },
): Promise<SaveResult> {
  const store = await db();
  const clash = await store
    .selectFrom('recoveryPlans')
    .select('id')
    .where('projectId', '=', projectId)
    .where('name', '=', plan.name)
    .executeTakeFirst();
  if (clash && clash.id !== plan.id) return { ok: false, reason: 'name-taken' };
  const now = Date.now();
  const fields = { name: plan.name, description: plan.description, steps: JSON.stringify(plan.steps), updatedAt: now };
  try {
    await store
      .insertInto('recoveryPlans')
      .values({ id: plan.id, projectId, createdBy: by, createdAt: now, ...fields })
      .onConflict((oc) => oc.column('id').doUpdateSet(fields).where('recoveryPlans.projectId', '=', projectId))
      .execute();
  } catch (e) {
    // The unique name index has the last word when two people save the same name at once.
    if (/unique/i.test((e as Error).message)) return { ok: false, reason: 'name-taken' };
    throw e;
  }
  return { ok: true, id: plan.id };
}

export async function deletePlan(projectId: string, id: string): Promise<boolean> {
  const store = await db();
  const deleted = await store
    .deleteFrom('recoveryPlans')
    .where('projectId', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** Records a new run of a plan under its ledger job's id (idempotent: the same id twice is one run). */
export async function createRun(
  projectId: string,
  run: { id: string; plan: Plan; mode: RunMode; steps: StepRun[]; startedBy: string },
): Promise<void> {
  const store = await db();
  const now = Date.now();
  await store
    .insertInto('planRuns')
    .values({
      id: run.id,
      planId: run.plan.id,
      projectId,
      planName: run.plan.name,
      mode: run.mode,
      status: runStatus(run.steps, false),
      steps: JSON.stringify(run.steps),
      startedBy: run.startedBy,
      startedAt: now,
      finishedAt: null,
      updatedAt: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A run of the project, or null (another project's runs are not there for it). */
export async function getRun(projectId: string, id: string): Promise<PlanRun | null> {
  const run = await readRun(id);
  return run && run.projectId === projectId ? run : null;
}

export async function runsOfPlan(projectId: string, planId: string, limit = 20): Promise<PlanRun[]> {
  const store = await db();
  const rows = await store
    .selectFrom('planRuns')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('planId', '=', planId)
    .orderBy('startedAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRun);
}

/**
 * Stores a run's steps and status, only over the version read (`updatedAt`): of a runner pass and
 * a person's confirmation landing at once, one wins and the other reads again.
 */
export async function storeRun(
  run: Pick<PlanRun, 'id'> & { readAt: number },
  steps: StepRun[],
  status: RunStatus,
): Promise<boolean> {
  const store = await db();
  const now = Math.max(Date.now(), run.readAt + 1);
  const ended = status === 'succeeded' || status === 'abandoned';
  const updated = await store
    .updateTable('planRuns')
    .set({ steps: JSON.stringify(steps), status, updatedAt: now, finishedAt: ended ? now : null })
    .where('id', '=', run.id)
    .where('updatedAt', '=', run.readAt)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The run with the version it was read at, for `storeRun`. */
export async function readRun(id: string): Promise<(PlanRun & { readAt: number }) | null> {
  const store = await db();
  const row = await store.selectFrom('planRuns').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...toRun(row), readAt: row.updatedAt } : null;
}
