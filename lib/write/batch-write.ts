import 'server-only';
import { z } from 'zod';
import { actionClient } from '../auth/action-client';
import type { Permission } from '../auth/roles';
import type { Session } from '../auth/session';
import { jobByKey } from '../jobs/server/ledger';
import { load } from '../list/load';
import type { Cloud } from '../otc/cloud';
import { cloudFor } from '../otc/session-cloud';
import { parseInput, refusalAudit } from './parse-input';
import type { ActionFailure, BatchOutcome, BatchStarted } from './result';
import { submitOnce, type JobToStart, type Sent } from './submit-once';

/**
 * The same write on several resources: each item is checked by the pre-flight rules on its own and
 * sent as its own job, so one that cannot go does not hold back the others.
 */
export interface BatchWriteSpec<Input extends { idempotencyKey: string }, Item> {
  action: string;
  permission: Permission;
  schema: z.ZodType<Input>;
  /** Fresh cloud data for every requested item (a vanished one is an item that cannot go). */
  load: (cloud: Cloud, input: Input) => Promise<Item[]>;
  identify: (item: Item) => { id: string; name: string };
  /** Why this item cannot go now, or null. */
  check: (input: Input, item: Item) => string | null;
  job: (input: Input, item: Item) => Omit<JobToStart, 'idempotencyKey'>;
  send: (cloud: Cloud, input: Input, item: Item) => Promise<Sent>;
}

/** Each item's own key: a retry of the whole form sends none of them twice. */
const itemKey = (key: string, id: string) => `${key}:${id}`;

export async function runBatchWrite<Input extends { idempotencyKey: string }, Item>(
  spec: BatchWriteSpec<Input, Item>,
  raw: unknown,
  session: Session,
): Promise<ActionFailure | BatchStarted> {
  const audit = refusalAudit(session, spec.action);
  const parsed = await parseInput(spec.schema, raw, (outcome, params) => audit(outcome, null, params));
  if (!parsed.ok) return parsed.failure;
  const input = parsed.input;
  // The pre-flight rules decide on the cloud as it is now, not on a shared answer.
  const cloud = await cloudFor(session, { fresh: true });
  const loaded = await load(() => spec.load(cloud, input));
  if (!loaded.ok)
    return { ok: false, message: 'The selection could not be checked against the cloud.', cloudError: loaded.error };

  const items: BatchOutcome[] = [];
  // One after the other: the cloud sees the requests in the order the user listed them.
  for (const item of loaded.data) {
    const { id, name } = spec.identify(item);
    const key = itemKey(input.idempotencyKey, id);
    const earlier = await jobByKey(session.projectId, key);
    if (earlier) {
      items.push({ id, name, outcome: 'started', jobId: earlier.id });
      continue;
    }
    const reason = spec.check(input, item);
    if (reason) {
      await audit('refused', name, { ...input, id, reason });
      items.push({ id, name, outcome: 'refused', reason });
      continue;
    }
    const result = await submitOnce(session, spec.action, { ...spec.job(input, item), idempotencyKey: key }, () =>
      spec.send(cloud, input, item),
    );
    items.push(
      result.ok
        ? { id, name, outcome: 'started', jobId: result.jobId }
        : { id, name, outcome: 'failed', reason: result.message, cloudError: result.cloudError },
    );
  }
  return { ok: true, items };
}

export function writeBatchAction<Input extends { idempotencyKey: string }, Item>(spec: BatchWriteSpec<Input, Item>) {
  return actionClient
    .metadata({ action: spec.action, permission: spec.permission })
    .inputSchema(z.unknown())
    .action(({ parsedInput, ctx: { session } }) => runBatchWrite(spec, parsedInput, session));
}
