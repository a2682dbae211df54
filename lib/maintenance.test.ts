import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A store of its own: a real SQLite file, migrated like the console's.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-store-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'console.db')}`;
process.env.SESSION_SECRET = 'maintenance-test-secret-0123456789-abcdef';
process.env.SESSION_IDLE_MINUTES = '30';
process.env.AUDIT_RETENTION_DAYS = '400';

const { db } = await import('./store/db');
const { auditLog, sessions } = await import('./store/schema');
const { runMaintenance } = await import('./maintenance');

const DAY = 24 * 3600 * 1000;
const now = Date.UTC(2026, 11, 1, 12);

const session = (idHash: string, createdAt: number, lastSeenAt: number) => ({
  idHash,
  userId: 'u',
  userName: 'someone',
  domainName: 'd',
  projectId: 'p',
  projectName: 'eu-de',
  role: 'viewer',
  roles: '[]',
  authMethod: 'password',
  sealedCredentials: 'sealed-secret',
  sealedToken: null,
  tokenExpiresAt: null,
  endpoints: '{}',
  createdAt,
  lastSeenAt,
});

const entry = (at: number) => ({ at, userName: 'u', projectId: 'p', action: 'x', params: '{}', outcome: 'ok' });

describe('the store sweep', () => {
  let swept: { sessions: number; auditEntries: number };
  beforeAll(() => {
    db()
      .insert(sessions)
      .values([
        session('live', now - 3600_000, now - 60_000),
        session('idle', now - 3600_000, now - 31 * 60_000),
        session('too-old', now - 13 * 3600_000, now - 60_000),
      ])
      .run();
    db()
      .insert(auditLog)
      .values([entry(now - 399 * DAY), entry(now - 401 * DAY), entry(now - 5 * 365 * DAY)])
      .run();
    swept = runMaintenance(now);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('deletes sessions past their idle or absolute lifetime, with their sealed secrets', () => {
    expect(swept.sessions).toBe(2);
    expect(
      db()
        .select({ id: sessions.idHash })
        .from(sessions)
        .all()
        .map((r) => r.id),
    ).toEqual(['live']);
  });

  it('keeps audit entries for the retention period only', () => {
    expect(swept.auditEntries).toBe(2);
    const left = db().select({ at: auditLog.at }).from(auditLog).all();
    expect(left.map((r) => r.at)).toEqual([now - 399 * DAY]);
    expect(runMaintenance(now)).toEqual({ sessions: 0, auditEntries: 0 });
  });
});
