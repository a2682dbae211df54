import 'server-only';
import { config } from './config';
import { ensurePoller } from './jobs/server/poller';
import { dropReadsOnJobChange } from './jobs/server/job-events';
import { SHUTDOWN_HOOK, shutDown } from './lifecycle';
import { ensureMaintenance } from './maintenance';
import { storeKind } from './store/db';
import { startListening } from './store/fan-out';

/**
 * What the console server does once at start-up: check the configuration (a bad value stops the
 * server with a message naming the variable), then start the store's sweep, this instance's part
 * in following jobs (so jobs in flight resume after a restart), and, with PostgreSQL, listening to
 * the other instances; and leave the shutdown where the server finds it.
 */
export function startConsole(): void {
  try {
    config();
  } catch (e) {
    console.error(`[console] ${(e as Error).message}`);
    process.exit(1);
  }
  (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = shutDown;
  dropReadsOnJobChange();
  if (storeKind() === 'postgres') void startListening();
  ensureMaintenance();
  void ensurePoller();
}
