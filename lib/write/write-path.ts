import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { actionClient } from '../auth/action-client';
import type { Permission } from '../auth/roles';
import type { Session } from '../auth/session';
import { jobByKey } from '../jobs/server/ledger';
import { load } from '../list/load';
import type { Cloud } from '../otc/cloud';
import { cloudFor } from '../otc/session-cloud';
import { parseInput, refusalAudit, type RefusalOutcome } from './parse-input';
import { fieldFailure, type ActionFailure, type WriteStarted } from './result';
import { submitOnce, type JobToStart, type Sent } from './submit-once';

/**
 * One write, described: which schema, which fresh cloud context, which pre-flight rules, which job,
 * which cloud call. Everything else (role, idempotency, audit, ledger, the answer) is the path's.
 */
export interface WriteSpec<Input extends { idempotencyKey: string }, Context> {
  /** The action's name in the audit log and the access matrix. */
  action: string;
  permission: Permission;
  /** The shared zod schema the form validates with. */
  schema: z.ZodType<Input>;
  /** Fresh cloud data the pre-flight rules decide on. */
  load: (cloud: Cloud, input: Input) => Promise<Context>;
  /** The pre-flight rules: field → reason, empty when the write may go ahead. */
  check: (input: Input, context: Context) => Record<string, string>;
  /** What the ledger records about the job this write starts. */
  job: (input: Input, context: Context) => Omit<JobToStart, 'idempotencyKey'>;
  /** The one cloud call. */
  send: (cloud: Cloud, input: Input, context: Context) => Promise<Sent>;
  /** Answer with the job instead of opening its page (a dialog that follows it in place). */
  stay?: boolean;
  /** Where to go instead of the job page once the cloud accepted (the new resource's own page). */
  landing?: (sent: Sent, input: Input) => string | null;
}

const targetOf = (raw: unknown): string | null =>
  raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string'
    ? (raw as { name: string }).name.slice(0, 200)
    : null;

/**
 * The write path: parse with the shared schema, open the job an earlier send of the same form
 * started, load fresh cloud context, run the pre-flight rules, call the cloud once, record job and
 * audit entry, then go to the job page. Every refusal is audited and answered at its fields.
 */
export async function runWrite<Input extends { idempotencyKey: string }, Context>(
  spec: WriteSpec<Input, Context>,
  raw: unknown,
  session: Session,
): Promise<ActionFailure | WriteStarted> {
  const refused = refusalAudit(session, spec.action);
  const audit = (outcome: RefusalOutcome, params: unknown) => refused(outcome, targetOf(raw), params);
  const parsed = await parseInput(spec.schema, raw, audit);
  if (!parsed.ok) return parsed.failure;
  const input = parsed.input;
  // The same form sent again (retry, second tab) opens the job it already started.
  const earlier = await jobByKey(session.projectId, input.idempotencyKey);
  if (earlier) {
    if (spec.stay) return { ok: true, jobId: earlier.id };
    redirect(`/jobs/${earlier.id}`);
  }

  // The pre-flight rules decide on the cloud as it is now, not on a shared answer.
  const cloud = await cloudFor(session, { fresh: true });
  const loaded = await load(() => spec.load(cloud, input));
  if (!loaded.ok)
    return { ok: false, message: 'The form could not be checked against the cloud.', cloudError: loaded.error };
  const context = loaded.data;

  const refusals = spec.check(input, context);
  if (Object.keys(refusals).length > 0) {
    await audit('refused', { ...input, refusals });
    return fieldFailure(refusals);
  }

  const result = await submitOnce(
    session,
    spec.action,
    { ...spec.job(input, context), idempotencyKey: input.idempotencyKey },
    () => spec.send(cloud, input, context),
  );
  if (!result.ok || spec.stay) return result;
  // A second send of the same key (no `sent`) opens the job: it may not have produced its resource yet.
  redirect((result.sent && spec.landing?.(result.sent, input)) || `/jobs/${result.jobId}`);
}

/**
 * A server action on the write path. The input is parsed by the path itself, not by the action
 * client, so an invalid attempt is audited like every other refusal.
 */
export function writeAction<Input extends { idempotencyKey: string }, Context>(spec: WriteSpec<Input, Context>) {
  return actionClient
    .metadata({ action: spec.action, permission: spec.permission })
    .inputSchema(z.unknown())
    .action(({ parsedInput, ctx: { session } }) => runWrite(spec, parsedInput, session));
}
