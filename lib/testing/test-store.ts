import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../scripts/lib/postgres.mjs';

export type TestStoreKind = 'sqlite' | 'postgres';

/**
 * Points the console's configuration at a store of the test file's own, before the modules under
 * test are imported: a new SQLite file, or a new database in the tests' PostgreSQL server
 * (TEST_POSTGRES_URL, which `npm test` and CI provide). Returns its DATABASE_URL.
 */
export async function openTestStore(kind: TestStoreKind, name: string): Promise<string> {
  process.env.SESSION_SECRET = 'store-test-secret-0123456789-abcdefghij';
  process.env.SESSION_IDLE_MINUTES = '30';
  process.env.AUDIT_RETENTION_DAYS = '400';
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-store-'));
    process.env.DATABASE_URL = `file:${path.join(dir, 'console.db')}`;
  } else {
    const admin = process.env.TEST_POSTGRES_URL;
    if (!admin)
      throw new Error('TEST_POSTGRES_URL is not set: run the tests with `npm test`, which starts PostgreSQL.');
    process.env.DATABASE_URL = await createDatabase(admin, `${name}_${process.pid}`);
  }
  return process.env.DATABASE_URL;
}
