import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

const base = { SESSION_SECRET: 'a-session-secret-that-is-long-enough-0123' };

describe('configuration', () => {
  it('takes a SQLite file or PostgreSQL as DATABASE_URL and refuses anything else, naming the variable', () => {
    expect(parseConfig({ ...base, DATABASE_URL: 'postgres://db.example/console' }).DATABASE_URL).toMatch(/^postgres/);
    expect(parseConfig({ ...base, DATABASE_URL: 'postgresql://u:p@db:5432/c' }).DATABASE_URL).toMatch(/^postgresql/);
    expect(() => parseConfig({ ...base, DATABASE_URL: 'mysql://db.example/console' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ ...base, DATABASE_URL: 'data/console.db' })).toThrow(/DATABASE_URL/);
    expect(parseConfig({ ...base, DATABASE_URL: 'file:data/x.db' }).DATABASE_URL).toBe('file:data/x.db');
  });

  it('reads trusted proxies, the public URL and the audit retention', () => {
    const c = parseConfig({ ...base, TRUSTED_PROXIES: '10.0.0.0/8', PUBLIC_URL: 'https://dr.example.com' });
    expect(c.TRUSTED_PROXIES.kind).toBe('cidrs');
    expect(c.PUBLIC_URL).toBe('https://dr.example.com');
    expect(c.AUDIT_RETENTION_DAYS).toBe(400);
    expect(() => parseConfig({ ...base, TRUSTED_PROXIES: 'everyone' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseConfig({ ...base, AUDIT_RETENTION_DAYS: '0' })).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});
