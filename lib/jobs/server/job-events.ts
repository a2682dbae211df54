import 'server-only';
import { publish, RESYNC, subscribe } from '../../store/fan-out';
import { dropProjectReads } from '../../otc/shared-reads';

/**
 * "A job of this project changed": raised by every ledger write, heard by the browsers' streams of
 * every instance (through the store's fan-out: in-process with SQLite, NOTIFY with PostgreSQL).
 */
export interface JobChange {
  projectId: string;
  jobId: string;
}

const TOPIC = 'job';

export async function jobChanged(change: JobChange): Promise<void> {
  await publish(TOPIC, change);
}

/** Listens until the returned function is called. */
export const onJobChange = (listener: (change: JobChange) => void): (() => void) => subscribe(TOPIC, listener);

/** The fan-out came back after a break: changes may have been missed, so listeners re-read. */
export const onMissedChanges = (listener: () => void): (() => void) => subscribe(RESYNC, listener);

const holder = globalThis as unknown as { sdrsReadDropper?: () => void };

/**
 * A job that moves changes what its resources look like: each instance drops the project's shared
 * reads when it hears of it, whichever instance polled the job. Started once per process.
 */
export function dropReadsOnJobChange(): void {
  holder.sdrsReadDropper ??= onJobChange((change) => dropProjectReads(change.projectId));
}
