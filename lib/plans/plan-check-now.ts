import 'server-only';
import { loadGroupContext } from '../dr/group-context';
import type { Cloud } from '../otc/cloud';
import { isNotFound } from '../otc/errors';
import { checkPlan, type CheckedGroup, type StepCheck } from './plan-check';
import type { RunStep } from './run-state';

/** The plan's steps checked against the groups as the cloud reports them now (fresh reads). */
export async function checkPlanNow(cloud: Cloud, steps: readonly RunStep[]): Promise<StepCheck[]> {
  const ids = [...new Set(steps.flatMap((s) => ('groupId' in s ? [s.groupId] : [])))];
  const loaded = await Promise.all(
    ids.map(async (id) => {
      try {
        const ctx = await loadGroupContext(cloud, id);
        return [id, { name: ctx.group.name, facts: ctx.facts }] as const;
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
    }),
  );
  return checkPlan(steps, new Map(loaded.filter((x): x is readonly [string, CheckedGroup] => x !== null)));
}
