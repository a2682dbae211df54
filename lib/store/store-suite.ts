import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { closeStore, db, storeKind } from './db';
import { migratePostgres } from './migrations';
import { publish, stopListening, subscribe } from './fan-out';
import { MAX_FAILURES } from '../auth/attempt-limit';
import { liveSessionByHash, planRunStarterByHash, sessionSecrets, endSession } from '../auth/session';
import { reserveAttempt, clearAttempts } from '../auth/sign-in-guard';
import { recordAudit, recordRepeatedAudit } from '../audit/audit-log';
import { SecretBox } from '../auth/secret-box';
import { recordJobEnd } from '../jobs/server/job-end';
import {
  dueJobs,
  getJobRow,
  jobsForTarget,
  jobUsers,
  listJobs,
  markSubmitted,
  markViewed,
  releaseReservation,
  reserveJob,
  staleReservations,
  updateJob,
  type NewJob,
} from '../jobs/server/ledger';
import { runMaintenance } from '../maintenance';

const DAY = 24 * 3600 * 1000;

const newJob = (key: string, over: Partial<NewJob> = {}): NewJob => ({
  kind: 'sdrs-job',
  jobType: 'createProtectedInstance',
  projectId: 'p1',
  userName: 'alice',
  targetKind: 'protected-instance',
  targetName: 'pi-1',
  params: { name: 'pi-1' },
  idempotencyKey: key,
  starterSession: 'starter',
  ...over,
});

const sessionRow = (idHash: string, createdAt: number, lastSeenAt: number) => ({
  idHash,
  userId: 'u',
  userName: 'someone',
  domainName: 'd',
  projectId: 'p1',
  projectName: 'eu-de',
  role: 'operator',
  roles: '["te_admin"]',
  authMethod: 'password',
  sealedCredentials: new SecretBox(process.env.SESSION_SECRET ?? '').seal(
    JSON.stringify({ method: 'password', domain: 'd', user: 'someone', password: 'pw', project: 'eu-de' }),
  ),
  sealedToken: null,
  tokenExpiresAt: null,
  endpoints: '{}',
  createdAt,
  lastSeenAt,
});

/** A recovery plan run in progress, started by the given session. */
async function runningPlan(key: string, starterSession: string): Promise<string> {
  const r = await reserveJob(newJob(key, { kind: 'plan-run', jobType: 'runRecoveryPlan', starterSession }));
  if (!r.fresh) throw new Error('expected a fresh reservation');
  await updateJob(r.id, { status: 'RUNNING' });
  return r.id;
}

const auditRows = async (jobId: string) =>
  (await db()).selectFrom('auditLog').selectAll().where('jobId', '=', jobId).execute();

/**
 * What the console asks of its store, the same on SQLite and on PostgreSQL: each store test file
 * points the configuration at one dialect and runs this.
 */
export function describeStore(): void {
  beforeAll(async () => {
    await db();
  });
  afterAll(async () => {
    await stopListening();
    await closeStore();
  });

  describe(`the ${storeKind()} store`, () => {
    it('reserves an idempotency key once, however many submits race for it', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => reserveJob(newJob('race-1'))));
      const fresh = results.filter((r) => r.fresh);
      expect(fresh).toHaveLength(1);
      const id = fresh[0]?.fresh ? fresh[0].id : '';
      for (const r of results) if (!r.fresh) expect(r.job.id).toBe(id);
      expect(await listJobs('p1', {})).toHaveLength(1);
    });

    it('releases a refused reservation so a corrected form can be sent again', async () => {
      const first = await reserveJob(newJob('refused-1'));
      if (!first.fresh) throw new Error('expected a fresh reservation');
      await releaseReservation(first.id);
      expect(await getJobRow(first.id)).toBeUndefined();
      expect((await reserveJob(newJob('refused-1'))).fresh).toBe(true);
    });

    it('tracks a submitted job: due for a poll, updated, filtered, listed per target and user', async () => {
      const r = await reserveJob(newJob('track-1', { userName: 'bob', targetId: 'pi-42' }));
      if (!r.fresh) throw new Error('expected a fresh reservation');
      await markSubmitted(r.id, { cloudJobId: 'job-9' });
      const now = Date.now();
      expect((await dueJobs(now)).map((j) => j.id)).toContain(r.id);
      await updateJob(r.id, { status: 'RUNNING', nextPollAt: now + 60_000, subJobs: '[{"type":"x"}]' });
      const row = await getJobRow(r.id);
      expect(row).toMatchObject({ status: 'RUNNING', cloudJobId: 'job-9', subJobs: '[{"type":"x"}]' });
      expect(typeof row?.createdAt).toBe('number');
      expect((await dueJobs(now)).map((j) => j.id)).not.toContain(r.id);
      expect((await listJobs('p1', { status: 'active', userName: 'bob' })).map((j) => j.id)).toEqual([r.id]);
      expect((await jobsForTarget('p1', 'pi-42')).map((j) => j.id)).toEqual([r.id]);
      expect(await jobUsers('p1')).toEqual(['alice', 'bob']);
      expect(await listJobs('other-project', {})).toEqual([]);
    });

    it('marks looks at most every few seconds and names the viewer', async () => {
      const r = await reserveJob(newJob('view-1'));
      if (!r.fresh) throw new Error('expected a fresh reservation');
      const later = Date.now() + 10_000;
      await markViewed([r.id], 'viewer-a', later);
      await markViewed([r.id], 'viewer-b', later + 1000);
      expect(await getJobRow(r.id)).toMatchObject({ lastViewedAt: later, viewerSession: 'viewer-a' });
    });

    it('records a job end once, with its one audit entry, however many pollers get there', async () => {
      const r = await reserveJob(newJob('end-1'));
      if (!r.fresh) throw new Error('expected a fresh reservation');
      await markSubmitted(r.id, { cloudJobId: 'job-end' });
      const row = await getJobRow(r.id);
      if (!row) throw new Error('row vanished');
      const ended = await Promise.all(Array.from({ length: 5 }, () => recordJobEnd(row, { status: 'SUCCESS' })));
      expect(ended.filter(Boolean)).toHaveLength(1);
      expect(await getJobRow(r.id)).toMatchObject({ status: 'SUCCESS' });
      expect((await auditRows(r.id)).map((a) => a.action)).toEqual(['jobEnded']);
    });

    it('finds reservations whose cloud call never came back', async () => {
      const r = await reserveJob(newJob('stale-1'));
      if (!r.fresh) throw new Error('expected a fresh reservation');
      expect((await staleReservations(Date.now() + 3 * 60_000, 2 * 60_000)).map((j) => j.id)).toContain(r.id);
      expect((await staleReservations(Date.now(), 2 * 60_000)).map((j) => j.id)).not.toContain(r.id);
    });

    it('lets only as many parallel sign-in attempts through as the limit allows', async () => {
      const key = `password:carol@127.0.0.1`;
      const now = Date.now();
      const attempts = await Promise.all(Array.from({ length: MAX_FAILURES + 4 }, () => reserveAttempt(key, now)));
      expect(attempts.filter((a) => a.ok)).toHaveLength(MAX_FAILURES);
      await clearAttempts(key);
      expect((await reserveAttempt(key, now)).ok).toBe(true);
    });

    it('folds repeated refusals of one user and address into one counted audit row', async () => {
      const now = Date.now();
      const refusal = { userName: 'mallory', projectId: '', action: 'signIn', outcome: 'denied' as const };
      await Promise.all(Array.from({ length: 4 }, () => recordRepeatedAudit(refusal, 'mallory', '10.0.0.9', now)));
      const rows = await (await db()).selectFrom('auditLog').selectAll().where('userName', '=', 'mallory').execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.count).toBe(4);
    });

    it('keeps sessions with their sealed secrets and ends them', async () => {
      const now = Date.now();
      const store = await db();
      await store
        .insertInto('sessions')
        .values(sessionRow('s-live', now, now))
        .execute();
      expect(await liveSessionByHash('s-live')).toMatchObject({ projectId: 'p1', role: 'operator' });
      expect((await sessionSecrets('s-live')).credentials).toMatchObject({ user: 'someone', password: 'pw' });
      await endSession('s-live');
      expect(await liveSessionByHash('s-live')).toBeNull();
    });

    it('keeps the credentials of a session whose plan run is going, for the run only, until it ends', async () => {
      const now = Date.now();
      const store = await db();
      const idle = now - 31 * 60_000;
      await store
        .insertInto('sessions')
        .values([sessionRow('run-idle', now - 3600_000, idle), sessionRow('run-out', now - 3600_000, now)])
        .execute();
      const run = await runningPlan('run-1', 'run-idle');
      const other = await runningPlan('run-2', 'run-out');

      // Idle: the browser is out, the run still acts as its starter, and the sweep leaves it.
      expect(await liveSessionByHash('run-idle')).toBeNull();
      expect(await planRunStarterByHash('run-idle', now)).toMatchObject({ projectId: 'p1', role: 'operator' });
      // Signed out: the same, and nobody can use the session again.
      await endSession('run-out');
      expect(await liveSessionByHash('run-out')).toBeNull();
      expect(await planRunStarterByHash('run-out', now)).toMatchObject({ projectId: 'p1' });
      const kept = async () =>
        (
          await store
            .selectFrom('sessions')
            .select('idHash')
            .where('idHash', 'like', 'run-%')
            .orderBy('idHash')
            .execute()
        ).map((r) => r.idHash);
      await runMaintenance(now);
      expect(await kept()).toEqual(['run-idle', 'run-out']);

      // The runs end: the sweep takes the sessions and their sealed secrets.
      await updateJob(run, { status: 'SUCCESS' });
      await updateJob(other, { status: 'FAIL' });
      await runMaintenance(now);
      expect(await kept()).toEqual([]);
      expect(await planRunStarterByHash('run-idle', now)).toBeNull();
    });

    it('acts for a plan run no longer than the session lifetime, and ends a session without one at once', async () => {
      const now = Date.now();
      const store = await db();
      await store
        .insertInto('sessions')
        .values([sessionRow('run-old', now - 13 * 3600_000, now), sessionRow('run-none', now, now)])
        .execute();
      await runningPlan('run-3', 'run-old');
      expect(await planRunStarterByHash('run-old', now)).toBeNull();
      await runMaintenance(now);
      expect(await store.selectFrom('sessions').select('idHash').where('idHash', '=', 'run-old').execute()).toEqual([]);
      // An ordinary job does not keep a session: only a plan run acts without a viewer.
      await reserveJob(newJob('run-4', { starterSession: 'run-none' }));
      await endSession('run-none');
      expect(await store.selectFrom('sessions').select('idHash').where('idHash', '=', 'run-none').execute()).toEqual(
        [],
      );
    });

    it('sweeps sessions past their lifetimes and audit entries past the retention period', async () => {
      const now = Date.now();
      const store = await db();
      await store
        .insertInto('sessions')
        .values([
          sessionRow('sweep-live', now - 3600_000, now - 60_000),
          sessionRow('sweep-idle', now - 3600_000, now - 31 * 60_000),
          sessionRow('sweep-too-old', now - 13 * 3600_000, now - 60_000),
        ])
        .execute();
      const entry = (at: number) => ({
        at,
        userName: 'old',
        projectId: 'p1',
        action: 'x',
        params: '{}',
        outcome: 'ok',
      });
      await store
        .insertInto('auditLog')
        .values([entry(now - 399 * DAY), entry(now - 401 * DAY), entry(now - 5 * 365 * DAY)])
        .execute();
      expect(await runMaintenance(now)).toEqual({ sessions: 2, auditEntries: 2 });
      const left = await store.selectFrom('sessions').select('idHash').where('idHash', 'like', 'sweep-%').execute();
      expect(left.map((r) => r.idHash)).toEqual(['sweep-live']);
      expect(await runMaintenance(now)).toEqual({ sessions: 0, auditEntries: 0 });
    });

    it('records audit entries inside the transaction they belong to, or not at all', async () => {
      await expect(
        (await db()).transaction().execute(async (tx) => {
          await recordAudit({ userName: 'tx', projectId: 'p1', action: 'rolledBack', outcome: 'ok' }, tx);
          throw new Error('the write failed');
        }),
      ).rejects.toThrow('the write failed');
      const rows = await (await db()).selectFrom('auditLog').select('id').where('action', '=', 'rolledBack').execute();
      expect(rows).toEqual([]);
    });

    it('hands a published message to every subscriber', async () => {
      const heard = new Promise<unknown>((resolve) => {
        const off = subscribe('store-test', (payload) => {
          off();
          resolve(payload);
        });
      });
      // With PostgreSQL the message goes out through NOTIFY once this instance listens.
      await new Promise((r) => setTimeout(r, storeKind() === 'postgres' ? 300 : 0));
      await publish('store-test', { jobId: 'j1', projectId: 'p1' });
      await expect(heard).resolves.toEqual({ jobId: 'j1', projectId: 'p1' });
    });

    it('answers a plain query (the health check)', async () => {
      await expect(sql`select 1 as one`.execute(await db())).resolves.toMatchObject({ rows: [{ one: 1 }] });
    });
  });
}

/** PostgreSQL only: instances starting together migrate once, and a second start applies nothing. */
export async function migrateTwiceAtOnce(url: string): Promise<number[][]> {
  const pg = await import('pg');
  const pools = [new pg.default.Pool({ connectionString: url }), new pg.default.Pool({ connectionString: url })];
  try {
    return await Promise.all(pools.map((p) => migratePostgres(p)));
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
}
