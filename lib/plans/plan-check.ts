import { checkGroupAction, type GroupFacts } from '../dr/cycle-rules';
import type { RunStep } from './run-state';

/** What a step would meet if the plan ran now: nothing in its way, or the reason and its SDRS code. */
export type StepCheck = { ok: true } | { ok: false; reason: string; code: string | null };

export interface CheckedGroup {
  name: string;
  facts: GroupFacts;
}

/** What each action leaves the group as, so later steps of a group are checked against it. */
function after(step: RunStep, g: GroupFacts): GroupFacts {
  if (step.kind !== 'group-action') return g;
  const swapped = { productionServers: g.drServers, drServers: g.productionServers };
  switch (step.action) {
    // Production moves to the other site; the old production servers are stopped by then.
    case 'switchover':
      return { ...g, ...swapped, drServers: stopped(g.productionServers) };
    case 'failover':
      return { ...g, ...swapped, drServers: stopped(g.productionServers), status: 'failed-over' };
    case 'reprotect':
      return { ...g, status: 'protected' };
    case 'createDrill':
      return { ...g, drillCount: g.drillCount + 1 };
    case 'deleteDrill':
      return { ...g, drillCount: 0 };
  }
}
const stopped = (servers: GroupFacts['productionServers']) => servers.map((s) => ({ ...s, status: 'SHUTOFF' }));

/**
 * Every step's pre-flight rule, in order, against the groups as they are now and as the earlier
 * steps will have left them. Nothing is sent: this is what the plan page shows before a run, and
 * what refuses a run that would stop at a blocked step.
 */
export function checkPlan(steps: readonly RunStep[], groups: ReadonlyMap<string, CheckedGroup>): StepCheck[] {
  const state = new Map([...groups].map(([id, g]) => [id, g.facts]));
  return steps.map((step): StepCheck => {
    if (step.kind === 'wait' || step.kind === 'manual') return { ok: true };
    const facts = state.get(step.groupId);
    if (!facts) return { ok: false, reason: 'The protection group no longer exists.', code: 'SDRS.1001' };
    if (step.kind !== 'group-action') return { ok: true };
    if (step.action === 'deleteDrill') {
      state.set(step.groupId, after(step, facts));
      return { ok: true };
    }
    // A switchover step stops the production servers itself, as the switchover dialog does.
    const seen = step.action === 'switchover' ? { ...facts, productionServers: [] } : facts;
    const verdict = checkGroupAction(step.action, seen);
    state.set(step.groupId, after(step, facts));
    return verdict;
  });
}

export const blockers = (checks: readonly StepCheck[]) =>
  checks.flatMap((c, i) => (c.ok ? [] : [{ step: i + 1, reason: c.reason, code: c.code }]));
