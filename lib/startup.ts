import 'server-only';
import { config } from './config';
import { ensurePoller } from './jobs/server/poller';
import { ensureMaintenance } from './maintenance';

/**
 * What the console server does once at start-up: check the configuration (a bad value stops the
 * server with a message naming the variable), then start the store's sweep and the job poller,
 * so jobs in flight resume after a restart.
 */
export function startConsole(): void {
  try {
    config();
  } catch (e) {
    console.error(`[console] ${(e as Error).message}`);
    process.exit(1);
  }
  ensureMaintenance();
  ensurePoller();
}
