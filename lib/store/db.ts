import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { config } from '../config';
import { storeKindOf, sqliteFile } from './store-url';
import { migratePostgres, migrateSqlite } from './migrations';
import type { StoreTables } from './tables';

export type Store = Kysely<StoreTables>;

const holder = globalThis as unknown as { consoleStore?: Promise<Store> };

/** PostgreSQL bigints (the times) arrive as strings by default; they fit a number for 285,000 years. */
const BIGINT_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === BIGINT_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function openSqlite(url: string): Store {
  const file = sqliteFile(url);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints rather than on every commit: a crash or restart of the
  // console still loses nothing (only a power cut could drop the last commits), and every job poll
  // no longer waits for the disk.
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  migrateSqlite(client);
  return new Kysely<StoreTables>({
    dialect: new SqliteDialect({ database: client }),
    plugins: [new CamelCasePlugin()],
  });
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, types, application_name: 'sdrs-console' });
  // A dropped connection (the database restarting) is reported here and replaced on the next query.
  pool.on('error', (e) => console.error(`[store] PostgreSQL connection lost: ${e.message}`));
  await migratePostgres(pool);
  return new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

/**
 * The console store named by DATABASE_URL: a SQLite file (one instance) or PostgreSQL (any number
 * of instances), migrated on first use. Every query is asynchronous, whichever it is.
 */
export function db(): Promise<Store> {
  if (!holder.consoleStore) {
    const url = config().DATABASE_URL;
    const opened = storeKindOf(url) === 'postgres' ? openPostgres(url) : Promise.resolve(openSqlite(url));
    // A failed start (the database not reachable yet) is tried again on the next use.
    holder.consoleStore = opened.catch((e: unknown) => {
      holder.consoleStore = undefined;
      throw e;
    });
  }
  return holder.consoleStore;
}

export const storeKind = () => storeKindOf(config().DATABASE_URL);

/** Closes the store's connections (shutdown, tests). */
export async function closeStore(): Promise<void> {
  const store = holder.consoleStore;
  holder.consoleStore = undefined;
  if (store) await (await store).destroy();
}
