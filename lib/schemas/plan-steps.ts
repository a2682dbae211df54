/**
 * Recovery plan steps as the store keeps them and the editor edits them, without zod: the editor
 * loads with these, and the schema that checks them (`plans.ts`) only when it is submitted.
 */
export const PLAN_GROUP_ACTIONS = ['switchover', 'failover', 'reprotect', 'createDrill', 'deleteDrill'] as const;
export type PlanGroupAction = (typeof PLAN_GROUP_ACTIONS)[number];

export const PLAN_STEP_KINDS = ['group-action', 'start-servers', 'wait', 'manual'] as const;
export type PlanStepKind = (typeof PLAN_STEP_KINDS)[number];

export type PlanStep =
  | { kind: 'group-action'; groupId: string; action: PlanGroupAction }
  | { kind: 'start-servers'; groupId: string }
  | { kind: 'wait'; seconds: number }
  | { kind: 'manual'; text: string };

export const MAX_PLAN_STEPS = 20;
export const MAX_WAIT_SECONDS = 3600;

export interface PlanStepRow {
  kind: PlanStepKind;
  groupId: string;
  action: string;
  seconds: string;
  text: string;
}

export const emptyStepRow = (kind: PlanStepKind = 'group-action'): PlanStepRow => ({
  kind,
  groupId: '',
  action: 'switchover',
  seconds: '60',
  text: '',
});

export const stepRow = (step: PlanStep): PlanStepRow => ({
  ...emptyStepRow(step.kind),
  ...('groupId' in step ? { groupId: step.groupId } : {}),
  ...(step.kind === 'group-action' ? { action: step.action } : {}),
  ...(step.kind === 'wait' ? { seconds: String(step.seconds) } : {}),
  ...(step.kind === 'manual' ? { text: step.text } : {}),
});
