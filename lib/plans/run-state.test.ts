import { describe, expect, it } from 'vitest';
import type { PlanStep } from '../schemas/plans';
import { advanceSteps, type StepEffects } from './advance';
import {
  confirmStep,
  currentStep,
  DRILL_CHECK_TEXT,
  drillSteps,
  resolveFailedStep,
  runStatus,
  runSteps,
  type StepRun,
} from './run-state';

const PLAN: PlanStep[] = [
  { kind: 'group-action', groupId: 'db', action: 'failover' },
  { kind: 'start-servers', groupId: 'db' },
  { kind: 'wait', seconds: 30 },
  { kind: 'manual', text: 'Check the database' },
  { kind: 'group-action', groupId: 'app', action: 'switchover' },
  { kind: 'start-servers', groupId: 'app' },
  { kind: 'group-action', groupId: 'db', action: 'reprotect' },
];

/** Cloud steps that succeed when looked at, counting what was sent (by step and attempt). */
function cloud(outcomes: Record<number, 'fail' | 'ok'> = {}) {
  const sent: string[] = [];
  const effects: StepEffects = {
    async start(step, index) {
      sent.push(`${index}:${step.attempt}`);
      return { ...step, status: 'running', waitingFor: [`job-${index}-${step.attempt}`] };
    },
    async follow(step, index) {
      if (outcomes[index] === 'fail' && step.attempt === 0)
        return { ...step, status: 'failed', error: { code: 'SDRS.1002', message: 'not allowed' } };
      return { ...step, status: 'succeeded', finishedAt: 1 };
    },
  };
  return { effects, sent };
}

/** What the store keeps and gives back: a restart reads the steps as JSON. */
const stored = (steps: StepRun[]): StepRun[] => JSON.parse(JSON.stringify(steps)) as StepRun[];

describe('a drill of a plan', () => {
  it('drills each group the plan moves, in order, keeps the waits and manual steps, then confirms and cleans up', () => {
    expect(drillSteps(PLAN)).toEqual([
      { kind: 'group-action', groupId: 'db', action: 'createDrill' },
      { kind: 'start-drill-servers', groupId: 'db' },
      { kind: 'wait', seconds: 30 },
      { kind: 'manual', text: 'Check the database' },
      { kind: 'group-action', groupId: 'app', action: 'createDrill' },
      { kind: 'start-drill-servers', groupId: 'app' },
      { kind: 'manual', text: DRILL_CHECK_TEXT },
      { kind: 'delete-run-drills', groupId: 'db' },
      { kind: 'delete-run-drills', groupId: 'app' },
    ]);
  });

  it('has nothing to clean up when the plan moves no group', () => {
    expect(drillSteps([{ kind: 'wait', seconds: 5 }])).toEqual([{ kind: 'wait', seconds: 5 }]);
  });
});

describe('a plan run', () => {
  it('goes step by step: a cloud step runs until it is done, a wait until its time, a manual step until confirmed', async () => {
    const { effects, sent } = cloud();
    let steps = runSteps(PLAN, 'real');
    steps = await advanceSteps(steps, effects, 0);
    expect([currentStep(steps), steps[0]?.status, runStatus(steps, false)]).toEqual([0, 'running', 'running']);
    steps = await advanceSteps(steps, effects, 1000);
    // The failover is done; the servers are started and followed in the same pass.
    expect(steps.slice(0, 3).map((s) => s.status)).toEqual(['succeeded', 'running', 'pending']);
    steps = await advanceSteps(steps, effects, 2000);
    expect(steps[2]).toMatchObject({ status: 'running', dueAt: 32_000 });
    steps = await advanceSteps(steps, effects, 31_000);
    expect(steps[2]?.status).toBe('running');
    steps = await advanceSteps(steps, effects, 32_000);
    expect([steps[2]?.status, steps[3]?.status, runStatus(steps, false)]).toEqual(['succeeded', 'waiting', 'waiting']);

    const refused = confirmStep(steps, 4, 'ops', '', 33_000);
    expect(refused).toEqual({ ok: false, reason: 'This step is not waiting for a confirmation.' });
    const confirmed = confirmStep(steps, 3, 'ops', 'database answers', 33_000);
    if (!confirmed.ok) throw new Error(confirmed.reason);
    expect(confirmed.steps[3]).toMatchObject({ status: 'succeeded', confirmedBy: 'ops', note: 'database answers' });
    steps = confirmed.steps;
    for (let t = 34_000; runStatus(steps, false) === 'running'; t += 1000)
      steps = await advanceSteps(steps, effects, t);
    expect(runStatus(steps, false)).toBe('succeeded');
    expect(sent).toEqual(['0:0', '1:0', '4:0', '5:0', '6:0']);
  });

  it('stops at a failed step; resumed, the step is sent again as a new attempt', async () => {
    const { effects, sent } = cloud({ 0: 'fail' });
    let steps = await advanceSteps(runSteps(PLAN, 'real'), effects, 0);
    steps = await advanceSteps(steps, effects, 1000);
    expect([steps[0]?.status, runStatus(steps, false)]).toEqual(['failed', 'failed']);
    // Looking again changes nothing: the run waits for a decision.
    steps = await advanceSteps(steps, effects, 2000);
    expect(sent).toEqual(['0:0']);

    expect(resolveFailedStep(steps, 1, 'resume', 3000)).toEqual({ ok: false, reason: 'This step has not failed.' });
    const resumed = resolveFailedStep(steps, 0, 'resume', 3000);
    if (!resumed.ok) throw new Error(resumed.reason);
    expect(resumed.steps[0]).toMatchObject({ status: 'pending', attempt: 1, error: null });
    steps = await advanceSteps(resumed.steps, effects, 4000);
    steps = await advanceSteps(steps, effects, 5000);
    expect(steps[0]?.status).toBe('succeeded');
    expect(sent).toEqual(['0:0', '0:1', '1:0']);
  });

  it('skips a failed step and goes on, or is abandoned', async () => {
    const { effects } = cloud({ 0: 'fail' });
    let steps = await advanceSteps(runSteps(PLAN, 'real'), effects, 0);
    steps = await advanceSteps(steps, effects, 1000);
    const skipped = resolveFailedStep(steps, 0, 'skip', 2000);
    if (!skipped.ok) throw new Error(skipped.reason);
    expect(skipped.steps[0]).toMatchObject({ status: 'skipped', finishedAt: 2000 });
    expect(currentStep(skipped.steps)).toBe(1);
    const abandoned = resolveFailedStep(steps, 0, 'abandon', 2000);
    if (!abandoned.ok) throw new Error(abandoned.reason);
    expect(runStatus(abandoned.steps, abandoned.abandoned)).toBe('abandoned');
  });

  it('goes on after a restart from the step it stopped at, sending nothing twice', async () => {
    const { effects, sent } = cloud();
    let steps = await advanceSteps(runSteps(PLAN, 'real'), effects, 0);
    steps = await advanceSteps(stored(steps), effects, 1000);
    // The console restarts: a new runner reads the steps back from the store.
    const restarted = cloud();
    steps = await advanceSteps(stored(steps), restarted.effects, 2000);
    expect(restarted.sent).toEqual([]);
    expect(steps.slice(0, 3).map((s) => s.status)).toEqual(['succeeded', 'succeeded', 'running']);
    expect(sent).toEqual(['0:0', '1:0']);
  });
});
