/** Which store a DATABASE_URL names: `file:…` is SQLite, `postgres://…` or `postgresql://…` PostgreSQL. */
export type StoreKind = 'sqlite' | 'postgres';

export const POSTGRES_URL = /^postgres(ql)?:\/\/./;
export const SQLITE_URL = /^file:./;

export const storeKindOf = (url: string): StoreKind => (POSTGRES_URL.test(url) ? 'postgres' : 'sqlite');

export const sqliteFile = (url: string): string => url.replace(/^file:/, '');
