import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestStore } from '../../testing/test-store';

await openTestStore('sqlite', 'poller');
const { SecretBox } = await import('../../auth/secret-box');
const { closeStore, db } = await import('../../store/db');
const { getJobRow, markSubmitted, reserveJob, updateJob } = await import('./ledger');
const { pollLedgerJob } = await import('./poller');

const PID = '0123456789abcdef0123456789abcdef';
const MINUTE = 60_000;
const cloudBase = 'http://cloud.test';

/** The cloud, scripted: every job it is asked about has succeeded. It notes what it was asked. */
const asked: string[] = [];
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string | URL) => {
    asked.push(String(url));
    const id = /\/jobs\/([^/?]+)/.exec(String(url))?.[1] ?? '';
    const job = { job_id: id, job_type: 'createDisasterRecoveryDrill', status: 'SUCCESS', entities: {} };
    return new Response(
      JSON.stringify({ ...job, begin_time: null, end_time: null, error_code: null, fail_reason: null }),
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
      },
    );
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await closeStore();
});

/** A session last seen at `lastSeenAt` (0: signed out, as ending one whose plan run goes on leaves it). */
async function session(idHash: string, lastSeenAt: number) {
  const now = Date.now();
  const box = new SecretBox(process.env.SESSION_SECRET ?? '');
  const endpoints = Object.fromEntries(
    ['sdrs', 'evs', 'ecs', 'compute', 'vpc'].map((s) => [s, `${cloudBase}/${s}/${PID}`]),
  );
  await (
    await db()
  )
    .insertInto('sessions')
    .values({
      idHash,
      userId: 'u',
      userName: 'demo-operator',
      domainName: 'demo',
      projectId: PID,
      projectName: 'eu-de',
      role: 'operator',
      roles: '["te_admin"]',
      authMethod: 'password',
      sealedCredentials: box.seal(JSON.stringify({ method: 'password', domain: 'demo', user: 'x', password: 'pw' })),
      sealedToken: box.seal('a-valid-token'),
      tokenExpiresAt: now + 12 * 3600_000,
      endpoints: JSON.stringify(endpoints),
      createdAt: now - 60 * MINUTE,
      lastSeenAt,
    })
    .execute();
}

/** A ledger job as submitted, last viewed `unviewedFor` ago. */
async function job(over: { kind: 'plan-run' | 'sdrs-job'; starter: string; planRunId?: string; unviewedFor: number }) {
  const r = await reserveJob({
    kind: over.kind,
    jobType: over.kind === 'plan-run' ? 'drillRecoveryPlan' : 'createDisasterRecoveryDrill',
    projectId: PID,
    userName: 'demo-operator',
    targetKind: over.kind === 'plan-run' ? 'recovery-plan' : 'protection-group',
    targetName: 'erp-prod',
    params: {},
    idempotencyKey: randomUUID(),
    starterSession: over.starter,
    planRunId: over.planRunId,
  });
  if (!r.fresh) throw new Error('expected a fresh reservation');
  await markSubmitted(r.id, { cloudJobId: over.kind === 'plan-run' ? null : randomUUID() });
  await updateJob(r.id, { status: 'RUNNING', lastViewedAt: Date.now() - over.unviewedFor });
  return r.id;
}

const cloudAskedAbout = async (jobId: string) => {
  const cloudJobId = (await getJobRow(jobId))?.cloudJobId ?? '-';
  return asked.some((u) => u.includes(cloudJobId));
};

describe('the jobs a recovery plan run waits on', () => {
  it('are followed unwatched, as the run’s starter even once signed out, while the run goes on', async () => {
    await session('starter-out', 0);
    const run = await job({ kind: 'plan-run', starter: 'starter-out', unviewedFor: 10 * MINUTE });
    const step = await job({ kind: 'sdrs-job', starter: 'starter-out', planRunId: run, unviewedFor: 10 * MINUTE });
    await pollLedgerJob(step);
    expect(await cloudAskedAbout(step)).toBe(true);
    expect((await getJobRow(step))?.status).toBe('SUCCESS');
  });

  it('pause unwatched once their run has ended, like any job', async () => {
    await session('starter-done', Date.now());
    const run = await job({ kind: 'plan-run', starter: 'starter-done', unviewedFor: 0 });
    await updateJob(run, { status: 'FAIL' });
    const step = await job({ kind: 'sdrs-job', starter: 'starter-done', planRunId: run, unviewedFor: 10 * MINUTE });
    await pollLedgerJob(step);
    expect(await cloudAskedAbout(step)).toBe(false);
    expect((await getJobRow(step))?.status).toBe('RUNNING');
  });

  it('a job outside any run waits for a live session: an idle starter is not enough', async () => {
    await session('starter-idle', Date.now() - 31 * MINUTE);
    const alone = await job({ kind: 'sdrs-job', starter: 'starter-idle', unviewedFor: 0 });
    await pollLedgerJob(alone);
    expect(await cloudAskedAbout(alone)).toBe(false);
    expect((await getJobRow(alone))?.status).toBe('RUNNING');
  });
});
