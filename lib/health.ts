import 'server-only';
import { sql } from 'kysely';
import { isDraining } from './lifecycle';
import { endpointSettings } from './otc/endpoint-settings';
import { serviceRoot } from './otc/endpoints';
import { db, storeKind } from './store/db';
import type { StoreKind } from './store/store-url';

/** How long the cloud may take to answer the health check's question. */
const CLOUD_CHECK_MS = 2000;
/** The cloud's answer is reused this long: a load balancer asking every second does not reach SDRS. */
const CLOUD_ANSWER_MS = 5_000;

export interface Health {
  /** The store answers: without it the console can do nothing, so the instance is not healthy. */
  store: 'ok' | 'failing';
  storeKind: StoreKind;
  /** The SDRS endpoint answers its version list (no credentials needed); said, not judged. */
  cloud: 'reachable' | 'unreachable';
}

async function storeAnswers(): Promise<Health['store']> {
  try {
    await sql`select 1`.execute(await db());
    return 'ok';
  } catch (e) {
    console.error(`[health] the store does not answer: ${(e as Error).message}`);
    return 'failing';
  }
}

const holder = globalThis as unknown as { sdrsCloudCheck?: { at: number; answer: Promise<Health['cloud']> } };

async function askCloud(): Promise<Health['cloud']> {
  try {
    const res = await fetch(`${serviceRoot(endpointSettings(), 'sdrs')}/`, {
      signal: AbortSignal.timeout(CLOUD_CHECK_MS),
    });
    return res.status < 500 ? 'reachable' : 'unreachable';
  } catch {
    // unreachable: said in the answer; where it was is the server log's business, not the caller's
    console.error('[health] the SDRS endpoint did not answer');
    return 'unreachable';
  }
}

function cloudReachable(now = Date.now()): Promise<Health['cloud']> {
  const last = holder.sdrsCloudCheck;
  if (last && now - last.at < CLOUD_ANSWER_MS) return last.answer;
  const answer = askCloud();
  holder.sdrsCloudCheck = { at: now, answer };
  return answer;
}

export async function checkHealth(): Promise<Health> {
  const [store, cloud] = await Promise.all([storeAnswers(), cloudReachable()]);
  return { store, storeKind: storeKind(), cloud };
}

export interface Readiness {
  status: 'ready' | 'draining' | 'not-ready';
  store: Health['store'];
}

export async function checkReadiness(): Promise<Readiness> {
  if (isDraining()) return { status: 'draining', store: 'ok' };
  const store = await storeAnswers();
  return { status: store === 'ok' ? 'ready' : 'not-ready', store };
}
