import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log';
import { actionClient } from '../auth/action-client';
import type { Permission } from '../auth/roles';
import type { Session } from '../auth/session';
import { parseInput, refusalAudit } from './parse-input';
import { fieldFailure, type ActionFailure } from './result';

/**
 * A write to the console's own store (recovery plans, their runs' confirmations): the same role
 * check, shared schema and audit as the cloud write path, without a cloud call. `write` answers
 * refusals by field, or where to go once done (nothing: stay).
 */
export interface StoreWriteSpec<Input> {
  action: string;
  permission: Permission;
  schema: z.ZodType<Input>;
  /** The audit entry's target. */
  target: (input: Input) => string | null;
  write: (input: Input, session: Session) => Promise<{ refusals: Record<string, string> } | { then: string | null }>;
}

export function storeWriteAction<Input>(spec: StoreWriteSpec<Input>) {
  return actionClient
    .metadata({ action: spec.action, permission: spec.permission })
    .inputSchema(z.unknown())
    .action(async ({ parsedInput, ctx: { session } }): Promise<ActionFailure | { ok: true }> => {
      const refused = refusalAudit(session, spec.action);
      const parsed = await parseInput(spec.schema, parsedInput, (outcome, params) => refused(outcome, null, params));
      if (!parsed.ok) return parsed.failure;
      const input = parsed.input;
      const done = await spec.write(input, session);
      if ('refusals' in done) {
        await refused('refused', spec.target(input), { refusals: done.refusals });
        return fieldFailure(done.refusals);
      }
      await recordAudit({
        userName: session.userName,
        projectId: session.projectId,
        action: spec.action,
        target: spec.target(input),
        params: input,
        outcome: 'ok',
      });
      if (done.then) redirect(done.then);
      return { ok: true };
    });
}
