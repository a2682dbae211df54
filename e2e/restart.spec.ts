import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startConsole, startSim, type RunningServer } from '../scripts/lib/stack.mjs';
import { auditRows, ledgerRows, planRunStatus } from './store';
import { writePlan } from './plan-editor';
import { startProtectionJob } from './protect';
import { simAsOperator } from './support';

/**
 * A simulated cloud and a console of their own, so they can be stopped mid-job without disturbing
 * the other journeys. The stores are files, as in production, and survive the stops.
 */
const SIM_PORT = 8798;
const CONSOLE_PORT = 3102;
const SIM_DB = 'data/e2e-restart-sim.db';
const CONSOLE_DB = 'data/e2e-restart-console.db';
// Slow enough that a protected instance takes about ten seconds: time to stop things half-way.
const TIME_SCALE = 0.5;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let sim: RunningServer;
let web: RunningServer;
const startWeb = () => startConsole({ port: CONSOLE_PORT, simUrl: sim.url, db: CONSOLE_DB });
const startCloud = (reset: boolean) => startSim({ port: SIM_PORT, db: SIM_DB, timeScale: TIME_SCALE, reset });

test.beforeAll(async () => {
  for (const f of fs.readdirSync('data')) if (f.startsWith('e2e-restart-')) fs.rmSync(`data/${f}`);
  sim = await startCloud(true);
  web = await startWeb();
});

test.afterAll(async () => {
  await web?.stop();
  await sim?.stop();
});

const cloud = async <T>(path: string): Promise<T> =>
  (await (await simAsOperator('GET', path, undefined, sim.url)).json()) as T;

/** Signs in as demo-support in the browser and starts a protected instance of `server` in crm-staging. */
async function startProtecting(page: Page, server: string, name: string): Promise<string> {
  await page.goto(`${web.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in as demo-support' }).click();
  await page.waitForURL(`${web.url}/`);
  const { server_groups: groups } = await cloud<{ server_groups: { id: string; name: string }[] }>(
    '/v1/{pid}/server-groups',
  );
  const { servers } = await cloud<{ servers: { id: string; name: string }[] }>('/v1/{pid}/cloudservers/detail');
  const jobId = await startProtectionJob(page.request, web.url, {
    serverGroupId: groups.find((g) => g.name === 'crm-staging')?.id,
    serverId: servers.find((s) => s.name === server)?.id,
    name,
  });
  await page.goto(`${web.url}/jobs/${jobId}`);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', /INIT|RUNNING/);
  return jobId;
}

/** The status of the cloud's job behind a ledger entry, asked of the cloud itself. */
async function cloudJobStatus(jobId: string): Promise<string> {
  const [row] = ledgerRows({ id: jobId }, CONSOLE_DB);
  return (await cloud<{ status: string }>(`/v1/{pid}/jobs/${row?.cloud_job_id}`)).status;
}

/** What the cloud holds under that name, and what the console's ledger and audit log hold. */
async function recordsOf(name: string) {
  const { protected_instances: instances } = await cloud<{ protected_instances: { name: string; status: string }[] }>(
    '/v1/{pid}/protected-instances',
  );
  return {
    cloud: instances.filter((i) => i.name === name).map((i) => i.status),
    ledger: ledgerRows({ targetName: name }, CONSOLE_DB).map((r) => r.status),
    audit: auditRows({ target: name }, CONSOLE_DB).map(({ action, outcome }) => ({ action, outcome })),
  };
}

/** crm-staging is not protected yet, so a new instance in it rests as "available". */
const CREATED = ['available'];

const ENDED_ONCE = [
  { action: 'createProtectedInstance', outcome: 'ok' },
  { action: 'jobEnded', outcome: 'ok' },
];

test('the console stopped mid-job: after the restart the job resumes to its real end, nothing twice', async ({
  page,
}) => {
  const name = 'restart-console';
  const jobId = await startProtecting(page, 'app-01', name);

  await web.stop('SIGKILL');
  expect(await cloudJobStatus(jobId), 'stopped half-way').toMatch(/INIT|RUNNING/);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toBeVisible({ timeout: 15_000 });

  web = await startWeb();
  // Same store, same session: the page recovers by itself, and the ledger's job reaches the cloud's end.
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  await expect(page).toHaveURL(`${web.url}/jobs/${jobId}`);
  expect(await recordsOf(name)).toEqual({ cloud: CREATED, ledger: ['SUCCESS'], audit: ENDED_ONCE });
});

test('the cloud stopped mid-job: the console says it is unreachable, then the job resumes to its real end', async ({
  page,
}) => {
  const name = 'restart-cloud';
  const jobId = await startProtecting(page, 'app-02', name);

  expect(await cloudJobStatus(jobId), 'stopped half-way').toMatch(/INIT|RUNNING/);
  await sim.stop('SIGKILL');
  // A page that needs the cloud says so, with the code; the job page keeps what the ledger knows.
  await page.goto(`${web.url}/protection-groups`);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('NET.UNREACHABLE', { timeout: 20_000 });
  await expect(alert).toContainText('could not be reached');
  // The console itself stays healthy for its load balancer, and says the cloud is not answering.
  const health = await page.request.get(`${web.url}/api/health`);
  expect([health.status(), await health.json()]).toEqual([
    200,
    { status: 'ok', store: 'ok', storeKind: 'sqlite', cloud: 'unreachable' },
  ]);
  await page.goto(`${web.url}/jobs/${jobId}`);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', /INIT|RUNNING/);

  sim = await startCloud(false);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 60_000 });
  expect(await recordsOf(name)).toEqual({ cloud: CREATED, ledger: ['SUCCESS'], audit: ENDED_ONCE });
});

const signInAsOperator = async (page: Page) => {
  await page.goto(`${web.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in as demo-operator' }).click();
  await page.waitForURL(`${web.url}/`);
};

test('a plan run goes on with its starter signed out and the console stopped mid-step, no drill made twice', async ({
  page,
}) => {
  await signInAsOperator(page);
  const { server_groups: groups } = await cloud<{ server_groups: { id: string; name: string }[] }>(
    '/v1/{pid}/server-groups',
  );
  const erp = groups.find((g) => g.name === 'erp-prod');
  const drills = async () =>
    (
      await cloud<{ disaster_recovery_drills: unknown[] }>(
        `/v1/{pid}/disaster-recovery-drills?server_group_id=${erp?.id}`,
      )
    ).disaster_recovery_drills.length;
  expect(await drills()).toBe(0);

  // As a drill: 1 create the drill, 2 start its servers, 3 the confirmation, 4 delete the drill.
  await writePlan(page, 'restart-plan', [{ kind: 'group-action', group: 'erp-prod', action: 'failover' }], web.url);
  await page.getByRole('button', { name: 'Run as a drill' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the drill' }).click();
  await page.waitForURL(/\/plans\/runs\/[0-9a-f-]{36}$/);
  const runUrl = page.url();
  const runId = runUrl.split('/').pop() ?? '';
  await expect(page.locator('[data-run-step="1"] [data-step-status]')).toHaveAttribute('data-step-status', 'running');

  // The operator signs out (a laptop closed at night would do the same after the idle time) and the
  // console dies; no one is signed in while it is down nor after it is back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await web.stop('SIGKILL');
  const drillsAtTheStop = await drills();
  web = await startWeb();
  await expect.poll(() => planRunStatus(runId, CONSOLE_DB), { timeout: 60_000 }).toBe('waiting');

  // The run waits at the drill's check for a person: signed in again, the operator confirms it.
  await signInAsOperator(page);
  await page.goto(runUrl);
  const check = page.locator('[data-run-step="3"]');
  await expect(check.locator('[data-step-status]')).toHaveAttribute('data-step-status', 'waiting', {
    timeout: 60_000,
  });
  expect([drillsAtTheStop, await drills()]).toEqual([1, 1]);
  await check.getByRole('button', { name: 'Confirm step 3' }).click();
  await expect(page.locator('[data-run-status]')).toHaveText('Succeeded', { timeout: 60_000 });
  expect(page.url()).toBe(runUrl);
  expect(await drills()).toBe(0);
  // Each of the run's writes was sent and recorded once: the drill's creation and its deletion (the
  // drill's servers were already running, so starting them sent nothing).
  const steps = auditRows({ action: 'runPlanStep', target: 'erp-prod' }, CONSOLE_DB);
  expect(steps.map((r) => r.outcome)).toEqual(['ok', 'ok']);
  expect(ledgerRows({ targetName: 'erp-prod' }, CONSOLE_DB).map((r) => r.status)).toEqual(['SUCCESS', 'SUCCESS']);
});
