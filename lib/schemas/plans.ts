/**
 * Recovery plans: ordered steps over several protection groups. The form edits every step as one
 * flat row (all fields strings); the schema checks each row by its kind and turns it into the step
 * the store keeps. Shared by the editor and its server actions.
 */
import { z } from 'zod';
import { idempotencyKey, sdrsDescription, sdrsName } from './rules';
import {
  MAX_PLAN_STEPS,
  MAX_WAIT_SECONDS,
  PLAN_GROUP_ACTIONS,
  PLAN_STEP_KINDS,
  type PlanGroupAction,
  type PlanStep,
  type PlanStepRow,
} from './plan-steps';

export * from './plan-steps';

const MANUAL_TEXT_MAX = 500;

const stepRowSchema = z
  .object({
    kind: z.enum(PLAN_STEP_KINDS),
    groupId: z.string().trim().max(64),
    action: z.string(),
    seconds: z.string().trim(),
    text: z.string().trim(),
  })
  .superRefine((row, ctx) => {
    const problem = (path: keyof PlanStepRow, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if ((row.kind === 'group-action' || row.kind === 'start-servers') && row.groupId === '')
      problem('groupId', 'Choose the protection group.');
    if (row.kind === 'group-action' && !(PLAN_GROUP_ACTIONS as readonly string[]).includes(row.action))
      problem('action', 'Choose what to do with the group.');
    if (row.kind === 'wait') {
      const n = Number(row.seconds);
      if (!/^\d+$/.test(row.seconds) || n < 1 || n > MAX_WAIT_SECONDS)
        problem('seconds', `Wait a whole number of seconds, 1 to ${MAX_WAIT_SECONDS}.`);
    }
    if (row.kind === 'manual' && (row.text === '' || row.text.length > MANUAL_TEXT_MAX))
      problem('text', `Say what the person must do (1 to ${MANUAL_TEXT_MAX} characters).`);
  })
  .transform((row): PlanStep => {
    switch (row.kind) {
      case 'group-action':
        return { kind: row.kind, groupId: row.groupId, action: row.action as PlanGroupAction };
      case 'start-servers':
        return { kind: row.kind, groupId: row.groupId };
      case 'wait':
        return { kind: row.kind, seconds: Number(row.seconds) };
      case 'manual':
        return { kind: row.kind, text: row.text };
    }
  });

export const planSchema = z.object({
  /** Empty for a new plan. */
  planId: z.string().max(64),
  name: sdrsName,
  description: sdrsDescription,
  steps: z
    .array(stepRowSchema)
    .min(1, 'A plan needs at least one step.')
    .max(MAX_PLAN_STEPS, `A plan has at most ${MAX_PLAN_STEPS} steps.`),
  idempotencyKey,
});
export type PlanFormInput = z.input<typeof planSchema>;
export type PlanInput = z.output<typeof planSchema>;

const id = z.string().trim().min(1, 'Missing id.').max(64, 'Not an id.');

export const deletePlanSchema = z.object({ planId: id, idempotencyKey });
export const startRunSchema = z.object({ planId: id, mode: z.enum(['real', 'drill']), idempotencyKey });
export type StartRunInput = z.infer<typeof startRunSchema>;
export const confirmStepSchema = z.object({
  runId: id,
  step: z.coerce.number().int().min(0).max(100),
  note: z.string().trim().max(500, 'At most 500 characters.'),
  idempotencyKey,
});
export const resolveStepSchema = z.object({
  runId: id,
  step: z.coerce.number().int().min(0).max(100),
  decision: z.enum(['resume', 'skip', 'abandon']),
  idempotencyKey,
});
