import 'server-only';
import type { Session } from '../auth/session';
import { checkDeleteDrill, checkGroupAction, type Verdict } from '../dr/cycle-rules';
import { loadGroupContext, type GroupContext } from '../dr/group-context';
import { GROUP_OPERATIONS } from '../dr/group-operations';
import { getJobRow } from '../jobs/server/ledger';
import type { JobProgress } from '../jobs/server/track';
import type { Cloud } from '../otc/cloud';
import { getServer, powerServers } from '../otc/ecs';
import { isNotFound } from '../otc/errors';
import { createDrill, deleteDrill, runGroupAction } from '../otc/sdrs-groups';
import { cloudFor } from '../otc/session-cloud';
import { submitOnce, type JobToStart, type Sent } from '../write/submit-once';
import { advanceSteps, type StepEffects } from './advance';
import { readRun, storeRun, type PlanRun } from './plans-store';
import { runStatus, type StepRun } from './run-state';

/** Every write a run makes is audited under this action, with the plan, run and step in its parameters. */
export const PLAN_STEP_ACTION = 'runPlanStep';

type Job = Omit<JobToStart, 'idempotencyKey'>;

const failed = (s: StepRun, message: string, code: string | null = null): StepRun => ({
  ...s,
  status: 'failed',
  waitingFor: [],
  error: { code, message },
  finishedAt: Date.now(),
});
const succeeded = (s: StepRun): StepRun => ({ ...s, status: 'succeeded', waitingFor: [], finishedAt: Date.now() });
const refused = (s: StepRun, v: Verdict): StepRun | null => (v.ok ? null : failed(s, v.reason, v.code));

/** The drill names this run gives: the plan's name (cut to fit 64 bytes) and the run. */
const drillName = (run: PlanRun) => `${run.planName.slice(0, 40)}-drill-${run.id.slice(0, 8)}`;

/** The drills this run created for a group: its create-drill step's. */
const runDrills = (steps: readonly StepRun[], groupId: string): string[] =>
  steps.flatMap((s) =>
    s.step.kind === 'group-action' && s.step.action === 'createDrill' && s.step.groupId === groupId ? s.drillIds : [],
  );

function effectsFor(session: Session, cloud: Cloud, run: PlanRun): StepEffects {
  const onGroup = (ctx: GroupContext, jobType: string, i: number, kind: Job['kind'] = 'sdrs-job'): Job => ({
    kind,
    jobType,
    targetKind: 'protection-group',
    targetName: ctx.group.name,
    targetId: ctx.group.id,
    params: { groupId: ctx.group.id, group: ctx.group.name, plan: run.planName, run: run.id, step: i + 1 },
    planRunId: run.id,
  });

  /** Sends one part of a step at most once (its key names run, step, attempt and part). */
  async function send(s: StepRun, i: number, part: string, jobs: { job: Job; send: () => Promise<Sent> }[]) {
    const started: string[] = [];
    for (const [n, { job, send: call }] of jobs.entries()) {
      const key = `plan-run:${run.id}:${i}:${s.attempt}:${part}:${n}`;
      const result = await submitOnce(session, PLAN_STEP_ACTION, { ...job, idempotencyKey: key }, call);
      if (!result.ok) return failed(s, result.cloudError?.message ?? result.message, result.cloudError?.code ?? null);
      started.push(result.jobId);
    }
    return { ...s, status: 'running' as const, phase: part, jobIds: [...s.jobIds, ...started], waitingFor: started };
  }

  const group = async (s: StepRun, groupId: string): Promise<GroupContext | StepRun> => {
    try {
      return await loadGroupContext(cloud, groupId);
    } catch (e) {
      if (isNotFound(e)) return failed(s, 'The protection group no longer exists.', 'SDRS.1001');
      throw e;
    }
  };
  const isStep = (x: GroupContext | StepRun): x is StepRun => 'status' in x;

  const startServers = async (s: StepRun, i: number, ctx: GroupContext, ids: string[]) => {
    if (ids.length === 0) return succeeded(s);
    return send(s, i, 'starting', [
      {
        job: onGroup(ctx, 'batchStartServers', i, 'ecs-job'),
        send: async () => ({ cloudJobId: await powerServers(cloud, 'os-start', ids), targetId: ctx.group.id }),
      },
    ]);
  };

  const deleteDrills = async (s: StepRun, i: number, ctx: GroupContext, drillIds: string[]) => {
    const drills = ctx.drills.filter((d) => drillIds.includes(d.id));
    if (drills.length === 0) return succeeded(s);
    for (const d of drills) {
      const no = refused(s, checkDeleteDrill(d.status));
      if (no) return no;
    }
    return send(
      s,
      i,
      'deleting',
      drills.map((d) => ({
        job: { ...onGroup(ctx, 'deleteDisasterRecoveryDrill', i), params: { drill: d.name, run: run.id, step: i + 1 } },
        send: async () => ({ cloudJobId: await deleteDrill(cloud, d.id), targetId: ctx.group.id }),
      })),
    );
  };

  async function start(s: StepRun, i: number, steps: readonly StepRun[], part: string | null = null): Promise<StepRun> {
    const step = s.step;
    if (step.kind === 'wait' || step.kind === 'manual') return s;
    const ctx = await group(s, step.groupId);
    if (isStep(ctx)) return ctx;
    switch (step.kind) {
      case 'start-servers': {
        const stopped = ctx.servers.filter((v) => v.site === 'production' && v.status !== 'ACTIVE');
        return startServers(
          s,
          i,
          ctx,
          stopped.map((v) => v.id),
        );
      }
      case 'start-drill-servers': {
        const drills = ctx.drills.filter((d) => runDrills(steps, step.groupId).includes(d.id));
        const ids = drills.flatMap((d) => d.drill_servers.map((x) => x.drill_server_id));
        const servers = await Promise.all(ids.map((id) => getServer(cloud, id)));
        return startServers(
          s,
          i,
          ctx,
          servers.filter((v) => v.status !== 'ACTIVE').map((v) => v.id),
        );
      }
      case 'delete-run-drills':
        return deleteDrills(s, i, ctx, runDrills(steps, step.groupId));
    }
    switch (step.action) {
      case 'deleteDrill':
        return deleteDrills(
          s,
          i,
          ctx,
          ctx.drills.map((d) => d.id),
        );
      case 'createDrill': {
        const no = refused(s, checkGroupAction('createDrill', ctx.facts));
        if (no) return no;
        return send(s, i, 'drilling', [
          {
            job: { ...onGroup(ctx, 'createDisasterRecoveryDrill', i), params: { drill: drillName(run), run: run.id } },
            send: async () => ({
              cloudJobId: await createDrill(cloud, { server_group_id: ctx.group.id, name: drillName(run) }),
              targetId: ctx.group.id,
            }),
          },
        ]);
      }
      case 'switchover': {
        // As the switchover dialog does: the production servers are stopped first, then it runs.
        const no = refused(s, checkGroupAction('switchover', { ...ctx.facts, productionServers: [] }));
        if (no) return no;
        const running = ctx.servers.filter((v) => v.site === 'production' && v.status !== 'SHUTOFF');
        if (running.length > 0 && part !== 'acting') {
          return send(s, i, 'stopping', [
            {
              job: onGroup(ctx, 'batchStopServers', i, 'ecs-job'),
              send: async () => ({
                cloudJobId: await powerServers(
                  cloud,
                  'os-stop',
                  running.map((v) => v.id),
                ),
                targetId: ctx.group.id,
              }),
            },
          ]);
        }
        break;
      }
      default: {
        const no = refused(s, checkGroupAction(step.action, ctx.facts));
        if (no) return no;
      }
    }
    const op = GROUP_OPERATIONS[step.action];
    return send(s, i, 'acting', [
      {
        job: onGroup(ctx, op.jobType, i),
        send: async () => ({
          cloudJobId: await runGroupAction(cloud, ctx.group.id, op.key, op.options(ctx.group)),
          targetId: ctx.group.id,
        }),
      },
    ]);
  }

  async function follow(s: StepRun, i: number, steps: readonly StepRun[]): Promise<StepRun> {
    const rows = await Promise.all(s.waitingFor.map((id) => getJobRow(id)));
    const bad = rows.find((r) => !r || r.status === 'FAIL');
    if (bad !== undefined) {
      return failed(s, bad?.failReason ?? 'The job is not in the ledger.', bad?.errorCode ?? 'CONSOLE.NO_JOB');
    }
    if (!rows.every((r) => r?.status === 'SUCCESS')) return s;
    if (s.phase === 'stopping') return start(s, i, steps, 'acting');
    if (s.phase === 'drilling') {
      const entities = JSON.parse(rows[0]?.entities ?? '{}') as { disaster_recovery_drill_id?: unknown };
      const id = typeof entities.disaster_recovery_drill_id === 'string' ? entities.disaster_recovery_drill_id : null;
      return succeeded({ ...s, drillIds: id ? [id] : [] });
    }
    return succeeded(s);
  }

  return { start: (s, i, steps) => start(s, i, steps), follow };
}

/**
 * One look at a plan run (the job follower's poll of its ledger job): moves it on as far as it can
 * and says how it stands. A run waiting for a person or a decision about a failed step stays
 * running in the ledger, and says so.
 */
export async function advancePlanRun(session: Session, runId: string, now = Date.now()): Promise<JobProgress> {
  const run = await readRun(runId);
  if (!run) return { status: 'FAIL', errorCode: 'CONSOLE.NO_RUN', failReason: 'The run is not in the store.' };
  let steps = run.steps;
  let status = run.status;
  if (status === 'running') {
    const cloud = await cloudFor(session, { fresh: true });
    steps = await advanceSteps(run.steps, effectsFor(session, cloud, run), now);
    status = runStatus(steps, false);
    // Someone confirmed or decided meanwhile: their change stands, the next look goes on from it.
    if (!(await storeRun(run, steps, status))) return { status: 'RUNNING', targetStatus: run.status };
  }
  if (status === 'succeeded') return { status: 'SUCCESS', targetStatus: status };
  if (status === 'abandoned')
    return {
      status: 'FAIL',
      errorCode: 'CONSOLE.ABANDONED',
      failReason: 'The run was abandoned.',
      targetStatus: status,
    };
  const stuck = steps.find((s) => s.status === 'failed');
  return {
    status: 'RUNNING',
    targetStatus: status,
    errorCode: stuck?.error?.code ?? null,
    failReason: stuck?.error?.message ?? null,
  };
}
