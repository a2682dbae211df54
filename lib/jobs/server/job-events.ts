import 'server-only';
import { EventEmitter } from 'node:events';
import { dropProjectReads } from '../../otc/shared-reads';

/**
 * "A job of this project changed": raised by every ledger write, heard by the browsers' streams.
 * In-process, which is the whole story with one console on SQLite. Kept on globalThis because the
 * poller and the route handlers may be bundled into separate module graphs.
 */
const holder = globalThis as unknown as { sdrsJobEvents?: EventEmitter };
const events = (holder.sdrsJobEvents ??= new EventEmitter().setMaxListeners(0));

export interface JobChange {
  projectId: string;
  jobId: string;
}

export function jobChanged(change: JobChange): void {
  // A job that moves changes what its resources look like: the project's shared reads are dropped.
  dropProjectReads(change.projectId);
  events.emit('change', change);
}

/** Listens until the returned function is called. */
export function onJobChange(listener: (change: JobChange) => void): () => void {
  events.on('change', listener);
  return () => void events.off('change', listener);
}
