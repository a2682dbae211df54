import type { PlanRun } from './plans-store';
import { measured } from './report';
import { stepSeconds } from './run-state';

const format = (r: PlanRun) => {
  const m = measured({ ...r, now: r.finishedAt ?? Date.now() });
  return `${m.totalSeconds.toFixed(1)} s (${m.peopleSeconds.toFixed(1)} s of it waiting for people), ${new Date(r.startedAt).toISOString().slice(0, 10)}`;
};

/** The measured recovery time of a plan's last successful drill and real run, newest first in `runs`. */
export function lastMeasured(runs: readonly PlanRun[]): { drill: string | null; real: string | null } {
  const last = (mode: PlanRun['mode']) => runs.find((r) => r.mode === mode && r.status === 'succeeded');
  const drill = last('drill');
  const real = last('real');
  return { drill: drill ? format(drill) : null, real: real ? format(real) : null };
}

/** A run's measured time so far (whole, and waiting for people) and each step's seconds. */
export function runTimes(run: PlanRun, now = Date.now()) {
  return { ...measured({ ...run, now }), steps: run.steps.map((s) => stepSeconds(s, now)) };
}
