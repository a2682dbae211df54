import 'server-only';
import { sql } from 'drizzle-orm';
import { endpointSettings } from './otc/endpoint-settings';
import { serviceRoot } from './otc/endpoints';
import { db } from './store/db';

/** How long the cloud may take to answer the health check's question. */
const CLOUD_CHECK_MS = 2000;

export interface Health {
  /** The store answers: without it the console can do nothing, so the instance is not healthy. */
  store: 'ok' | 'failing';
  /** The SDRS endpoint answers its version list (no credentials needed); said, not judged. */
  cloud: 'reachable' | 'unreachable';
}

export async function checkHealth(): Promise<Health> {
  let store: Health['store'] = 'ok';
  try {
    db().get(sql`select 1`);
  } catch (e) {
    console.error(`[health] the store does not answer: ${(e as Error).message}`);
    store = 'failing';
  }
  let cloud: Health['cloud'] = 'unreachable';
  try {
    const res = await fetch(`${serviceRoot(endpointSettings(), 'sdrs')}/`, {
      signal: AbortSignal.timeout(CLOUD_CHECK_MS),
    });
    if (res.status < 500) cloud = 'reachable';
  } catch {
    // unreachable: said in the answer; where it was is the server log's business, not the caller's
    console.error('[health] the SDRS endpoint did not answer');
  }
  return { store, cloud };
}
