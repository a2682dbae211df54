import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { config, databaseFile } from '../config';
import { migrate } from './migrations';

export type ConsoleDb = BetterSQLite3Database;

const globalStore = globalThis as unknown as { consoleDb?: ConsoleDb };

/** The console store (SQLite file from DATABASE_URL), migrated on first use. */
export function db(): ConsoleDb {
  if (globalStore.consoleDb) return globalStore.consoleDb;
  const file = databaseFile(config().DATABASE_URL);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  // With WAL, NORMAL syncs at checkpoints rather than on every commit: a crash or restart of the
  // console still loses nothing (only a power cut could drop the last commits), and every job poll
  // no longer waits for the disk.
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  migrate(client);
  globalStore.consoleDb = drizzle({ client });
  return globalStore.consoleDb;
}
