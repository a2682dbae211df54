import 'server-only';

/** Long enough for a PostgreSQL restart or a primary/standby switch. */
const WITHIN_MS = 20_000;
const FIRST_DELAY_MS = 200;

/**
 * A store write that must not be lost (what the cloud already did) is tried again while the store
 * does not answer, with growing pauses; after `WITHIN_MS` the last error stands.
 */
export async function retryStoreWrite<T>(write: () => Promise<T>, withinMs = WITHIN_MS): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, 2000)) {
    try {
      return await write();
    } catch (e) {
      if (Date.now() + delay > deadline) throw e;
      console.error(`[store] a write failed, trying again: ${(e as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
