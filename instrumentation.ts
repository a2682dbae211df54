/** Starts the job poller when the console server starts, so jobs in flight resume after a restart. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { ensurePoller } = await import('./lib/jobs/poller');
    ensurePoller();
  }
}
