import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../scripts/lib/postgres.mjs';
import { openTestStore } from '../testing/test-store';

await openTestStore('postgres', 'store');
const { describeStore, migrateTwiceAtOnce } = await import('./store-suite');

describeStore();

describe('PostgreSQL migrations', () => {
  it('run once when two instances start at the same moment, and not again', async () => {
    const url = await createDatabase(process.env.TEST_POSTGRES_URL ?? '', `migrate_${process.pid}`);
    const [a, b] = await migrateTwiceAtOnce(url);
    expect([...(a ?? []), ...(b ?? [])]).toEqual([1, 2, 3, 4]);
    expect(await migrateTwiceAtOnce(url)).toEqual([[], []]);
  });
});
