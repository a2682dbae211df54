import 'server-only';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit-log';
import type { Session } from '../auth/session';
import { fieldFailure, issuesByField, type ActionFailure } from './result';

export type RefusalOutcome = 'invalid' | 'refused';

/** Records a write the path refused: by the schema (`invalid`) or by a pre-flight rule (`refused`). */
export const refusalAudit =
  (session: Session, action: string) => (outcome: RefusalOutcome, target: string | null, params: unknown) =>
    recordAudit({ userName: session.userName, projectId: session.projectId, action, target, params, outcome });

/** The input by the shared schema; an invalid one is audited (which fields) and answered at its fields. */
export async function parseInput<Input>(
  schema: z.ZodType<Input>,
  raw: unknown,
  audit: (outcome: RefusalOutcome, params: unknown) => Promise<void>,
): Promise<{ ok: true; input: Input } | { ok: false; failure: ActionFailure }> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const fieldErrors = issuesByField(parsed.error.issues);
  await audit('invalid', { fields: Object.keys(fieldErrors) });
  return { ok: false, failure: fieldFailure(fieldErrors) };
}
