import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { documents, meta } from './schema';

export type SimDatabase = BetterSQLite3Database & { $client: Database.Database };

const MIGRATIONS = [
  `CREATE TABLE IF NOT EXISTS documents (kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id))`,
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
];

/** Opens (and creates) the simulator database. `:memory:` gives a throw-away store for tests. */
export function openDatabase(file: string): SimDatabase {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  for (const sql of MIGRATIONS) client.exec(sql);
  return drizzle({ client }) as SimDatabase;
}

export interface DocumentRow {
  kind: string;
  id: string;
  body: string;
}

export const readAllDocuments = (db: SimDatabase): DocumentRow[] => db.select().from(documents).all();

export interface DocumentChange {
  kind: string;
  id: string;
  body: string | null; // null: deleted
}

/** Writes a batch of changes atomically. */
export function writeDocuments(db: SimDatabase, changes: DocumentChange[]): void {
  if (changes.length === 0) return;
  db.transaction((tx) => {
    for (const c of changes) {
      if (c.body === null) {
        tx.delete(documents)
          .where(and(eq(documents.kind, c.kind), eq(documents.id, c.id)))
          .run();
      } else {
        tx.insert(documents)
          .values({ kind: c.kind, id: c.id, body: c.body })
          .onConflictDoUpdate({ target: [documents.kind, documents.id], set: { body: c.body } })
          .run();
      }
    }
  });
}

export function readMeta(db: SimDatabase, key: string): string | undefined {
  return db.select().from(meta).where(eq(meta.key, key)).get()?.value;
}

export function writeMeta(db: SimDatabase, key: string, value: string): void {
  db.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();
}

export function clearDatabase(db: SimDatabase): void {
  db.transaction((tx) => {
    tx.delete(documents).run();
    tx.delete(meta).run();
  });
}
