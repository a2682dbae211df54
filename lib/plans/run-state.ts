import type { PlanGroupAction, PlanStep } from '../schemas/plans';

/**
 * A plan run's steps and how they move, without any effect: the runner (`runner.ts`) starts and
 * follows the steps' jobs; confirmations and decisions about a failed step come from people. Pure,
 * so every transition is tested on its own.
 */
export type RunMode = 'real' | 'drill';

/** What a run does: the plan's steps, or for a drill the steps derived from them. */
export type RunStep =
  | PlanStep
  /** Drill runs: start the servers of the drill this run created for the group. */
  | { kind: 'start-drill-servers'; groupId: string }
  /** Drill runs: delete the drills this run created for the group. */
  | { kind: 'delete-run-drills'; groupId: string };

export type StepStatus = 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped';

export interface StepRun {
  step: RunStep;
  status: StepStatus;
  /** A step of several parts says which one runs (a switchover stops the production servers first). */
  phase: string | null;
  /** Every ledger job this step started, over all its attempts. */
  jobIds: string[];
  /** The jobs the step's current part waits for. */
  waitingFor: string[];
  /** Counts resumes: each attempt sends under a key of its own. */
  attempt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** When a wait ends. */
  dueAt: number | null;
  error: { code: string | null; message: string } | null;
  confirmedBy: string | null;
  note: string | null;
  /** Drills this step created (drill runs delete them at the end). */
  drillIds: string[];
}

export type RunStatus = 'running' | 'waiting' | 'failed' | 'succeeded' | 'abandoned';

export const newStepRun = (step: RunStep): StepRun => ({
  step,
  status: 'pending',
  phase: null,
  jobIds: [],
  waitingFor: [],
  attempt: 0,
  startedAt: null,
  finishedAt: null,
  dueAt: null,
  error: null,
  confirmedBy: null,
  note: null,
  drillIds: [],
});

/** The confirmation every drill run waits for before it deletes its drills. */
export const DRILL_CHECK_TEXT =
  'Check the drill servers: do the applications work at the DR site? Confirm to delete the drills.';

/** Actions a drill leaves out: they would move production, which a drill never does. */
const MOVES_PRODUCTION: readonly PlanGroupAction[] = ['switchover', 'failover', 'reprotect'];

/**
 * A drill of the plan: a drill per group in the plan's order (created where the plan moves or
 * drills the group), its servers started, the plan's waits and manual steps kept in place; then a
 * confirmation, then the drills deleted.
 */
export function drillSteps(plan: readonly PlanStep[]): RunStep[] {
  const drilled: string[] = [];
  const steps: RunStep[] = [];
  const drill = (groupId: string) => {
    if (drilled.includes(groupId)) return;
    drilled.push(groupId);
    steps.push({ kind: 'group-action', groupId, action: 'createDrill' });
    steps.push({ kind: 'start-drill-servers', groupId });
  };
  for (const step of plan) {
    if (step.kind === 'wait' || step.kind === 'manual') steps.push(step);
    else if (step.kind === 'start-servers') drill(step.groupId);
    else if (MOVES_PRODUCTION.includes(step.action) || step.action === 'createDrill') drill(step.groupId);
  }
  if (drilled.length === 0) return steps;
  steps.push({ kind: 'manual', text: DRILL_CHECK_TEXT });
  for (const groupId of drilled) steps.push({ kind: 'delete-run-drills', groupId });
  return steps;
}

export const runSteps = (plan: readonly PlanStep[], mode: RunMode): StepRun[] =>
  (mode === 'drill' ? drillSteps(plan) : [...plan]).map(newStepRun);

const DONE: readonly StepStatus[] = ['succeeded', 'skipped'];

/** The step the run is at: the first one not done; -1 when every step is. */
export const currentStep = (steps: readonly StepRun[]): number => steps.findIndex((s) => !DONE.includes(s.status));

export function runStatus(steps: readonly StepRun[], abandoned: boolean): RunStatus {
  if (abandoned) return 'abandoned';
  const i = currentStep(steps);
  if (i < 0) return 'succeeded';
  const at = steps[i];
  return at?.status === 'failed' ? 'failed' : at?.status === 'waiting' ? 'waiting' : 'running';
}

export type Refusal = { ok: false; reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

/** A person confirms the manual step the run waits at, with a note. */
export function confirmStep(
  steps: readonly StepRun[],
  index: number,
  by: string,
  note: string,
  now: number,
): { ok: true; steps: StepRun[] } | Refusal {
  const step = steps[index];
  if (!step || step.status !== 'waiting' || currentStep(steps) !== index)
    return refuse('This step is not waiting for a confirmation.');
  return {
    ok: true,
    steps: steps.map((s, i) =>
      i === index ? { ...s, status: 'succeeded', confirmedBy: by, note: note || null, finishedAt: now } : s,
    ),
  };
}

export type Decision = 'resume' | 'skip' | 'abandon';

/**
 * What to do about the failed step the run stopped at: resume it (a new attempt, sent anew), skip
 * it and go on, or abandon the run.
 */
export function resolveFailedStep(
  steps: readonly StepRun[],
  index: number,
  decision: Decision,
  now: number,
): { ok: true; steps: StepRun[]; abandoned: boolean } | Refusal {
  const step = steps[index];
  if (!step || step.status !== 'failed') return refuse('This step has not failed.');
  if (decision === 'abandon') return { ok: true, steps: [...steps], abandoned: true };
  const changed: StepRun =
    decision === 'skip'
      ? { ...step, status: 'skipped', finishedAt: now }
      : {
          ...step,
          status: 'pending',
          phase: null,
          waitingFor: [],
          attempt: step.attempt + 1,
          error: null,
          finishedAt: null,
        };
  return { ok: true, steps: steps.map((s, i) => (i === index ? changed : s)), abandoned: false };
}

/** How long a step took, or has taken so far. */
export const stepSeconds = (s: StepRun, now: number): number | null =>
  s.startedAt === null ? null : Math.round(((s.finishedAt ?? now) - s.startedAt) / 100) / 10;

/** The part of a run spent waiting for people (manual steps). */
export const peopleSeconds = (steps: readonly StepRun[], now: number): number =>
  steps.filter((s) => s.step.kind === 'manual').reduce((sum, s) => sum + (stepSeconds(s, now) ?? 0), 0);
