import 'server-only';
import { stopPoller } from './jobs/server/poller';
import { closeStore } from './store/db';
import { stopListening } from './store/fan-out';

/**
 * The instance's shutdown on SIGTERM: it stops taking work (readiness answers 503, so the load
 * balancer sends no new users), hands its jobs back (polls in hand finish, the rest stay queued for
 * the other instances), ends the browsers' streams (each reconnects, through the load balancer, to
 * another instance), then closes the store.
 */
interface Lifecycle {
  draining: boolean;
  streams: Set<() => void>;
  shutdown?: Promise<void>;
}
const holder = globalThis as unknown as { sdrsLifecycle?: Lifecycle };
const lifecycle = (holder.sdrsLifecycle ??= { draining: false, streams: new Set() });

export const isDraining = (): boolean => lifecycle.draining;

/** A stream to end at shutdown; returns the function that forgets it (when it ends by itself). */
export function endAtShutdown(end: () => void): () => void {
  lifecycle.streams.add(end);
  return () => void lifecycle.streams.delete(end);
}

export function shutDown(): Promise<void> {
  lifecycle.shutdown ??= (async () => {
    lifecycle.draining = true;
    console.log('[console] shutting down: handing jobs back, ending streams');
    await stopPoller().catch((e: unknown) => console.error(`[console] ${(e as Error).message}`));
    for (const end of [...lifecycle.streams]) end();
    await stopListening();
    await closeStore().catch((e: unknown) => console.error(`[console] ${(e as Error).message}`));
  })();
  return lifecycle.shutdown;
}

/** server.mjs, outside the application's modules, finds the shutdown here. */
export const SHUTDOWN_HOOK = Symbol.for('sdrs-console.shutdown');
