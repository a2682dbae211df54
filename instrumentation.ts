/**
 * Runs when the console server starts: the configuration is checked first (a bad value stops the
 * server with a message naming the variable), then the store's sweep and the job poller start, so
 * jobs in flight resume after a restart.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { config } = await import('./lib/config');
  try {
    config();
  } catch (e) {
    console.error(`[console] ${(e as Error).message}`);
    process.exit(1);
  }
  const { ensureMaintenance } = await import('./lib/maintenance');
  const { ensurePoller } = await import('./lib/jobs/server/poller');
  ensureMaintenance();
  ensurePoller();
}
