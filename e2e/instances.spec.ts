import { expect, test, type Page } from '@playwright/test';
import { createDatabase, restartPostgres } from '../scripts/lib/postgres.mjs';
import { startConsole, startSim, type RunningServer } from '../scripts/lib/stack.mjs';
import { postgresAuditRows, postgresLedgerRows } from './store';
import { startProtectionJob } from './protect';
import { simAsOperator } from './support';

/**
 * Two console instances on one PostgreSQL and one simulated cloud, as they run behind a load
 * balancer: sessions, the ledger and the audit log are shared, the job queue decides which
 * instance follows a job, and the survivor takes over when the other is killed.
 */
const SIM_PORT = 8800;
const PORT_A = 3104;
const PORT_B = 3105;
// Slow enough that a protected instance takes about ten seconds: time to kill an instance half-way.
const TIME_SCALE = 0.5;
const JOB_ROUTE = 'GET /v1/:project_id/jobs/:job_id';

test.describe.configure({ mode: 'serial' });
test.setTimeout(150_000);

const admin = process.env.TEST_POSTGRES_URL;
let databaseUrl = '';
let sim: RunningServer;
let consoleA: RunningServer | undefined;
let consoleB: RunningServer | undefined;

const startInstance = (port: number) =>
  startConsole({
    port,
    simUrl: sim.url,
    db: 'unused',
    env: { DATABASE_URL: databaseUrl, CLOUD_READ_SHARE_MS: '0' },
  });

test.beforeAll(async () => {
  if (!admin) throw new Error('TEST_POSTGRES_URL is not set: `npm test` starts PostgreSQL for these journeys.');
  databaseUrl = await createDatabase(admin, 'e2e_instances');
  sim = await startSim({ port: SIM_PORT, db: 'data/e2e-instances-sim.db', timeScale: TIME_SCALE, reset: true });
  [consoleA, consoleB] = await Promise.all([startInstance(PORT_A), startInstance(PORT_B)]);
});

test.afterAll(async () => {
  await consoleA?.stop();
  await consoleB?.stop();
  await sim?.stop();
});

const cloud = async <T>(path: string): Promise<T> =>
  (await (await simAsOperator('GET', path, undefined, sim.url)).json()) as T;

const jobPolls = async (): Promise<number> =>
  ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests[
    JOB_ROUTE
  ] ?? 0;

async function signInOn(page: Page, instance: RunningServer) {
  await page.goto(`${instance.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in as demo-support' }).click();
  await page.waitForURL(`${instance.url}/`);
}

/** A server of the journey's own, bought in the simulated cloud, named like the instance it becomes. */
async function buyServer(name: string): Promise<string> {
  const res = await fetch(`${sim.url}/__sim/servers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, status: 'ACTIVE', flavor: 's3.large.2', disks: [{ size: 40, type: 'SSD' }] }),
  });
  return ((await res.json()) as { server: { id: string } }).server.id;
}

/** Starts protecting a new server in crm-staging through `instance`; returns the ledger's job id. */
async function startProtecting(page: Page, instance: RunningServer, name: string): Promise<string> {
  const { server_groups: groups } = await cloud<{ server_groups: { id: string; name: string }[] }>(
    '/v1/{pid}/server-groups',
  );
  return startProtectionJob(page.request, instance.url, {
    serverGroupId: groups.find((g) => g.name === 'crm-staging')?.id,
    serverId: await buyServer(name),
    name,
  });
}

/** Opens the job's page on `instance` and marks the document, so a reload would show. */
async function watchJob(page: Page, instance: RunningServer, jobId: string) {
  await page.goto(`${instance.url}/jobs/${jobId}`);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', /INIT|RUNNING/);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}

const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/** What the cloud holds under that name, and what the shared ledger and audit log hold. */
async function recordsOf(name: string) {
  const { protected_instances: instances } = await cloud<{ protected_instances: { name: string; status: string }[] }>(
    '/v1/{pid}/protected-instances',
  );
  return {
    cloud: instances.filter((i) => i.name === name).map((i) => i.status),
    ledger: (await postgresLedgerRows(databaseUrl, { targetName: name })).map((r) => r.status),
    audit: (await postgresAuditRows(databaseUrl, { target: name })).map(({ action, outcome }) => ({ action, outcome })),
  };
}

const ENDED_ONCE = {
  cloud: ['available'],
  ledger: ['SUCCESS'],
  audit: [
    { action: 'createProtectedInstance', outcome: 'ok' },
    { action: 'jobEnded', outcome: 'ok' },
  ],
};

test('a user signed in on one instance carries on on the other', async ({ page }) => {
  if (!consoleA || !consoleB) throw new Error('the instances did not start');
  await signInOn(page, consoleA);
  // The load balancer sends the next request elsewhere: the same cookie opens the same session there.
  await page.goto(`${consoleB.url}/protection-groups`);
  await expect(page).toHaveURL(`${consoleB.url}/protection-groups`);
  await expect(page.getByRole('banner').getByText('demo-support')).toBeVisible();
  await expect(page.getByRole('link', { name: 'crm-staging' })).toBeVisible();
  // Signing out on B ends it on A too.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await page.goto(`${consoleA.url}/protection-groups`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('each job is polled by one instance: two instances ask the cloud no more often than one', async ({ page }) => {
  if (!consoleA || !consoleB) throw new Error('the instances did not start');
  await signInOn(page, consoleA);
  await fetch(`${sim.url}/__sim/stats`, { method: 'DELETE' });
  const jobId = await startProtecting(page, consoleA, 'instances-polls');
  await watchJob(page, consoleB, jobId);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  const ledger = (await (await page.request.get(`${consoleB.url}/api/jobs/${jobId}`)).json()) as {
    cloudJobId: string;
  };
  const job = await cloud<{ begin_time: string; end_time: string }>(`/v1/{pid}/jobs/${ledger.cloudJobId}`);
  const seconds = (Date.parse(job.end_time) - Date.parse(job.begin_time)) / 1000;
  // One poll a second while the job ran, and the one that saw it end; two instances polling each
  // job would ask about twice as often.
  expect(await jobPolls()).toBeLessThanOrEqual(Math.ceil(seconds) + 2);
  expect(await recordsOf('instances-polls')).toEqual(ENDED_ONCE);
});

test('an instance killed mid-job: the other follows the job to its real end, live, nothing twice', async ({ page }) => {
  if (!consoleA || !consoleB) throw new Error('the instances did not start');
  await signInOn(page, consoleA);
  const name = 'instances-takeover';
  const jobId = await startProtecting(page, consoleA, name);
  await watchJob(page, consoleB, jobId);

  await consoleA.stop('SIGKILL');
  consoleA = undefined;
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  expect(await stillSameDocument(page), 'the progress came without a reload').toBe(true);
  expect(await recordsOf(name)).toEqual(ENDED_ONCE);
});

test('PostgreSQL restarted mid-job: nothing is lost, the job reaches its real end once', async ({ page }) => {
  if (!consoleB) throw new Error('the instance did not start');
  const data = process.env.TEST_POSTGRES_DATA;
  const bin = process.env.TEST_POSTGRES_BIN;
  if (!data || !bin) throw new Error('TEST_POSTGRES_DATA and TEST_POSTGRES_BIN say which server to restart.');
  await signInOn(page, consoleB);
  const name = 'instances-db-restart';
  const jobId = await startProtecting(page, consoleB, name);
  await watchJob(page, consoleB, jobId);

  restartPostgres({ data, bin }, { downMs: 2000 });
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  expect(await stillSameDocument(page), 'the progress came without a reload').toBe(true);
  expect(await recordsOf(name)).toEqual(ENDED_ONCE);
});

test('an instance stopped with SIGTERM hands its jobs back: the other follows on, nothing twice', async ({ page }) => {
  if (!consoleB) throw new Error('the instance did not start');
  consoleA = await startInstance(PORT_A);
  await signInOn(page, consoleA);
  const name = 'instances-sigterm';
  const jobId = await startProtecting(page, consoleB, name);
  await watchJob(page, consoleA, jobId);

  const stopping = consoleB;
  consoleB = undefined;
  await stopping.stop('SIGTERM');
  expect(await stopping.exited, 'a clean exit').toBe(0);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  expect(await stillSameDocument(page), 'the progress came without a reload').toBe(true);
  expect(await recordsOf(name)).toEqual(ENDED_ONCE);
});
