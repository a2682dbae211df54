import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The simulator keeps each resource as one JSON document: the cloud's resources are documents too,
 * and a single table keeps restart-safety simple (one transaction per request or tick).
 */
export const documents = sqliteTable(
  'documents',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
);

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
