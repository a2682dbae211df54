import 'server-only';
import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import pg from 'pg';
import { config } from '../config';
import { db } from './db';
import { storeKindOf } from './store-url';

/**
 * Messages every console instance hears. With SQLite there is one instance and they stay in the
 * process; with PostgreSQL they go through `NOTIFY` and come back to every instance (this one too)
 * through one `LISTEN` connection each, so all instances handle a message the same way.
 */
const CHANNEL = 'sdrs_console';
/** Heard when the `LISTEN` connection came back after a break: messages may have been missed meanwhile. */
export const RESYNC = 'resync';
const RECONNECT_MS = 1000;

interface FanOut {
  local: EventEmitter;
  listening?: Promise<void>;
  client?: pg.Client;
  closed?: boolean;
}
const holder = globalThis as unknown as { sdrsFanOut?: FanOut };
const fanOut = (holder.sdrsFanOut ??= { local: new EventEmitter().setMaxListeners(0) });

const usesPostgres = () => storeKindOf(config().DATABASE_URL) === 'postgres';

export async function publish(topic: string, payload: unknown): Promise<void> {
  if (!usesPostgres()) {
    fanOut.local.emit(topic, payload);
    return;
  }
  await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ topic, payload })})`.execute(await db());
}

/** Listens until the returned function is called. */
export function subscribe<T>(topic: string, listener: (payload: T) => void): () => void {
  fanOut.local.on(topic, listener);
  if (usesPostgres()) void startListening();
  return () => void fanOut.local.off(topic, listener);
}

/** Opens this instance's `LISTEN` connection (idempotent); it reconnects by itself after a break. */
export function startListening(): Promise<void> {
  fanOut.closed = false;
  fanOut.listening ??= connect(false);
  return fanOut.listening;
}

async function connect(again: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: config().DATABASE_URL, application_name: 'sdrs-console-listen' });
  const retry = () => {
    if (fanOut.client !== client) return;
    fanOut.client = undefined;
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    if (fanOut.closed) return;
    setTimeout(() => void connect(true).catch(() => undefined), RECONNECT_MS).unref();
  };
  fanOut.client = client;
  client.on('error', (e) => {
    console.error(`[fan-out] listening connection lost: ${e.message}`);
    retry();
  });
  client.on('end', retry);
  client.on('notification', (n) => {
    if (n.channel !== CHANNEL || !n.payload) return;
    try {
      const { topic, payload } = JSON.parse(n.payload) as { topic: string; payload: unknown };
      fanOut.local.emit(topic, payload);
    } catch (e) {
      console.error(`[fan-out] unreadable message: ${(e as Error).message}`);
    }
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (again) fanOut.local.emit(RESYNC, null);
  } catch (e) {
    console.error(`[fan-out] cannot listen: ${(e as Error).message}`);
    retry();
  }
}

/** Closes the `LISTEN` connection (shutdown, tests). */
export async function stopListening(): Promise<void> {
  fanOut.closed = true;
  const client = fanOut.client;
  fanOut.client = undefined;
  fanOut.listening = undefined;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => undefined);
  }
}
