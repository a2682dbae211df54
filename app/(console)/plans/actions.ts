'use server';

import { redirect } from 'next/navigation';
import { actionClient } from '@/lib/auth/action-client';
import { updateJob } from '@/lib/jobs/server/ledger';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { blockers } from '@/lib/plans/plan-check';
import { checkPlanNow } from '@/lib/plans/plan-check-now';
import { createRun, deletePlan, getPlan, readRun, savePlan, storeRun } from '@/lib/plans/plans-store';
import { confirmStep, resolveFailedStep, runStatus, runSteps } from '@/lib/plans/run-state';
import {
  confirmStepSchema,
  deletePlanSchema,
  planSchema,
  resolveStepSchema,
  startRunSchema,
} from '@/lib/schemas/plans';
import { parseInput, refusalAudit } from '@/lib/write/parse-input';
import { fieldFailure, WHOLE_ACTION } from '@/lib/write/result';
import { storeWriteAction } from '@/lib/write/store-write';
import { submitOnce } from '@/lib/write/submit-once';
import { z } from 'zod';

const RUN_GONE = { refusals: { [WHOLE_ACTION]: 'This run is not in this project.' } };

/** Creates or edits a plan; every group it names must exist. */
export const savePlanAction = storeWriteAction({
  action: 'savePlan',
  permission: 'manage-plans',
  schema: planSchema,
  target: (input) => input.name,
  write: async (input, session) => {
    const groups = await load(async () => listProtectionGroups(await cloudFor(session, { fresh: true })));
    if (!groups.ok) return { refusals: { [WHOLE_ACTION]: 'The groups could not be read from the cloud; try again.' } };
    const known = new Set(groups.data.map((g) => g.id));
    const unknown: Record<string, string> = {};
    input.steps.forEach((step, i) => {
      if ('groupId' in step && !known.has(step.groupId)) unknown[`steps.${i}.groupId`] = 'This group no longer exists.';
    });
    if (Object.keys(unknown).length > 0) return { refusals: unknown };
    if (input.planId && !(await getPlan(session.projectId, input.planId)))
      return { refusals: { [WHOLE_ACTION]: 'This plan no longer exists.' } };
    const id = input.planId || input.idempotencyKey;
    const saved = await savePlan(session.projectId, session.userName, { ...input, id });
    if (!saved.ok) return { refusals: { name: 'Another plan of this project has this name.' } };
    return { then: `/plans/${id}` };
  },
});

export const deletePlanAction = storeWriteAction({
  action: 'deletePlan',
  permission: 'manage-plans',
  schema: deletePlanSchema,
  target: (input) => input.planId,
  write: async (input, session) =>
    (await deletePlan(session.projectId, input.planId))
      ? { then: '/plans' }
      : { refusals: { [WHOLE_ACTION]: 'This plan no longer exists.' } },
});

/**
 * Starts a run of a plan, for real or as a drill: every step is checked first against the cloud as
 * it is now, and a run that would stop at a blocked step is refused before anything is sent. The
 * run is a ledger job, followed (and so moved on) like every other.
 */
export const startRunAction = actionClient
  .metadata({ action: 'startPlanRun', permission: 'run-group-action' })
  .inputSchema(z.unknown())
  .action(async ({ parsedInput, ctx: { session } }) => {
    const refused = refusalAudit(session, 'startPlanRun');
    const parsed = await parseInput(startRunSchema, parsedInput, (outcome, params) => refused(outcome, null, params));
    if (!parsed.ok) return parsed.failure;
    const input = parsed.input;
    const plan = await getPlan(session.projectId, input.planId);
    if (!plan) return fieldFailure({ [WHOLE_ACTION]: 'This plan no longer exists.' });
    const steps = runSteps(plan.steps, input.mode);
    const checked = await load(async () =>
      checkPlanNow(
        await cloudFor(session, { fresh: true }),
        steps.map((s) => s.step),
      ),
    );
    if (!checked.ok)
      return {
        ok: false as const,
        message: 'The plan could not be checked against the cloud.',
        cloudError: checked.error,
      };
    const blocked = blockers(checked.data);
    if (blocked.length > 0) {
      await refused('refused', plan.name, { mode: input.mode, blocked });
      const first = blocked[0];
      return fieldFailure({
        [WHOLE_ACTION]: `Step ${first?.step} would be refused: ${first?.reason}${first?.code ? ` (${first.code})` : ''} Nothing was sent.`,
      });
    }
    const result = await submitOnce(
      session,
      'startPlanRun',
      {
        kind: 'plan-run',
        jobType: input.mode === 'drill' ? 'drillRecoveryPlan' : 'runRecoveryPlan',
        targetKind: 'recovery-plan',
        targetName: plan.name,
        targetId: plan.id,
        params: { planId: plan.id, plan: plan.name, mode: input.mode, steps: steps.length },
        idempotencyKey: input.idempotencyKey,
      },
      async (jobId) => {
        await createRun(session.projectId, { id: jobId, plan, mode: input.mode, steps, startedBy: session.userName });
        return { cloudJobId: null, targetId: plan.id };
      },
    );
    if (!result.ok) return result;
    redirect(`/plans/runs/${result.jobId}`);
  });

/** The run's next look comes at once: a person just moved it on. */
const lookNow = (runId: string) => updateJob(runId, { nextPollAt: Date.now() });

export const confirmStepAction = storeWriteAction({
  action: 'confirmPlanStep',
  permission: 'run-group-action',
  schema: confirmStepSchema,
  target: (input) => input.runId,
  write: async (input, session) => {
    const run = await readRun(input.runId);
    if (!run || run.projectId !== session.projectId) return RUN_GONE;
    const confirmed = confirmStep(run.steps, input.step, session.userName, input.note, Date.now());
    if (!confirmed.ok) return { refusals: { [WHOLE_ACTION]: confirmed.reason } };
    if (!(await storeRun(run, confirmed.steps, runStatus(confirmed.steps, false))))
      return { refusals: { [WHOLE_ACTION]: 'The run moved on meanwhile; look again.' } };
    await lookNow(run.id);
    return { then: null };
  },
});

export const resolveStepAction = storeWriteAction({
  action: 'resolvePlanStep',
  permission: 'run-group-action',
  schema: resolveStepSchema,
  target: (input) => input.runId,
  write: async (input, session) => {
    const run = await readRun(input.runId);
    if (!run || run.projectId !== session.projectId) return RUN_GONE;
    const resolved = resolveFailedStep(run.steps, input.step, input.decision, Date.now());
    if (!resolved.ok) return { refusals: { [WHOLE_ACTION]: resolved.reason } };
    if (!(await storeRun(run, resolved.steps, runStatus(resolved.steps, resolved.abandoned))))
      return { refusals: { [WHOLE_ACTION]: 'The run moved on meanwhile; look again.' } };
    await lookNow(run.id);
    return { then: null };
  },
});
