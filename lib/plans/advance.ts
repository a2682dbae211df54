import { currentStep, type StepRun } from './run-state';

/**
 * What the runner does in the cloud for a step: start it (or its next part), and look at it while
 * it runs. Both answer the step as it stands afterwards. Waits and manual steps need neither.
 */
export interface StepEffects {
  start(step: StepRun, index: number, steps: readonly StepRun[]): Promise<StepRun>;
  follow(step: StepRun, index: number, steps: readonly StepRun[]): Promise<StepRun>;
}

const MS = 1000;

/**
 * Moves a run on as far as it can now: starts the current step, or looks at it, and goes on to the
 * next while steps finish. Stops at a step that runs, waits for a person, or failed. The steps
 * come from the store and go back there: a restart goes on from the step it stopped at, and a step
 * started again sends under the same key, so nothing is sent twice.
 */
export async function advanceSteps(steps: readonly StepRun[], effects: StepEffects, now: number): Promise<StepRun[]> {
  const out = [...steps];
  for (let i = currentStep(out); i >= 0; i = currentStep(out)) {
    const before = out[i];
    if (!before) break;
    let s = before;
    if (s.status === 'pending') {
      s = { ...s, startedAt: s.startedAt ?? now };
      if (s.step.kind === 'wait') s = { ...s, status: 'running', dueAt: now + s.step.seconds * MS };
      else if (s.step.kind === 'manual') s = { ...s, status: 'waiting' };
      else s = await effects.start(s, i, out);
    } else if (s.status === 'running') {
      if (s.step.kind === 'wait') s = now >= (s.dueAt ?? 0) ? { ...s, status: 'succeeded', finishedAt: now } : s;
      else s = await effects.follow(s, i, out);
    }
    out[i] = s;
    if (s.status !== 'succeeded' && s.status !== 'skipped') break;
  }
  return out;
}
