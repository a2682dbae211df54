import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { startConsole, startSim, type RunningServer } from '../scripts/lib/stack.mjs';
import { actionOf } from './inventory';
import { postAction, simAsOperator } from './support';

/**
 * A console of its own with the default sharing window (the other journeys share only reads in
 * flight): many viewers of one list cost one upstream read, and a write shows at once.
 */
const SIM_PORT = 8799;
const CONSOLE_PORT = 3103;
const LIST_ROUTE = 'GET /v1/:project_id/server-groups';
/** The console's default window (`CLOUD_READ_SHARE_MS`), and a little more. */
const PAST_THE_WINDOW_MS = 2100;

test.describe.configure({ mode: 'serial' });

let sim: RunningServer;
let web: RunningServer;

test.beforeAll(async () => {
  for (const f of fs.readdirSync('data')) if (f.startsWith('e2e-shared-')) fs.rmSync(`data/${f}`);
  sim = await startSim({ port: SIM_PORT, db: 'data/e2e-shared-sim.db', timeScale: 0.05, reset: true });
  web = await startConsole({ port: CONSOLE_PORT, simUrl: sim.url, db: 'data/e2e-shared-console.db' });
});

test.afterAll(async () => {
  await web?.stop();
  await sim?.stop();
});

const listReads = async () =>
  ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests[
    LIST_ROUTE
  ] ?? 0;

test('ten viewers of a list cost one upstream read; a write through the console shows at once', async ({ page }) => {
  await page.goto(`${web.url}/sign-in`);
  await page.getByRole('button', { name: 'Sign in as demo-operator' }).click();
  await page.waitForURL(`${web.url}/`);
  const groups = (await (await simAsOperator('GET', '/v1/{pid}/server-groups', undefined, sim.url)).json()) as {
    server_groups: { id: string; name: string }[];
  };
  const crm = groups.server_groups.find((g) => g.name === 'crm-staging');
  // The overview read the list just now: let that answer age out first.
  await page.waitForTimeout(PAST_THE_WINDOW_MS);
  await fetch(`${sim.url}/__sim/stats`, { method: 'DELETE' });

  const viewers = await Promise.all(Array.from({ length: 10 }, () => page.request.get(`${web.url}/protection-groups`)));
  for (const res of viewers) expect(res.status()).toBe(200);
  expect(await listReads()).toBe(1);

  // A rename through the console drops the shared answers: the next read is the cloud's own.
  await postAction(
    page.request,
    actionOf('app/(console)/protection-groups/[id]/actions.ts', 'renameProtectionGroup'),
    { targetId: crm?.id, name: 'crm-renamed', idempotencyKey: crypto.randomUUID() },
    { page: `${web.url}/protection-groups/${crm?.id}`, origin: web.url },
  );
  expect(await (await page.request.get(`${web.url}/protection-groups`)).text()).toContain('crm-renamed');
  expect(await listReads()).toBe(2);

  // Past the window, the next viewer asks the cloud again.
  await page.waitForTimeout(PAST_THE_WINDOW_MS);
  await page.request.get(`${web.url}/protection-groups`);
  expect(await listReads()).toBe(3);
});
