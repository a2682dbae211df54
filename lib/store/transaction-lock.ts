import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { StoreKind } from './store-url';
import type { StoreTables } from './tables';

/**
 * Serialises transactions on one key until they commit. PostgreSQL: a transaction-scoped advisory
 * lock, held across instances. SQLite: nothing to do, since the one instance's store runs its
 * transactions one at a time on its single connection.
 */
export async function lockForTransaction(tx: Transaction<StoreTables>, kind: StoreKind, key: string): Promise<void> {
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(tx);
}
