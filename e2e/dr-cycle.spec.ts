import { expect, test, type Page } from '@playwright/test';
import { actionOf } from './inventory';
import {
  postAction,
  simAsOperator,
  simControl,
  simCreateGroup,
  simRequestCounts,
  stateFile,
  runJobAction,
} from './support';

test.use({ storageState: stateFile('operator') });

const jobStatus = (page: Page) => page.locator('[data-job-status]');
/** The group's own status: the first badge of its state at a glance. */
const groupStatus = (page: Page) => page.locator('dl [data-status]').first();

async function expectGroup(page: Page, url: string, status: string) {
  await page.goto(url);
  await expect(groupStatus(page)).toHaveAttribute('data-status', status, { timeout: 20_000 });
}

test('an operator runs the whole DR cycle, each step live and in its documented status', async ({ page, request }) => {
  test.setTimeout(240_000);
  const name = `e2e-cycle-${Date.now().toString(36)}`;

  // 1. Create the group: production in eu-de-02, DR in eu-de-01, the demo VPC.
  await page.goto('/protection-groups');
  await page.getByRole('link', { name: 'Create protection group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Production in eu-de-02 → DR in eu-de-01').check();
  await page.getByLabel(/^vpc-dr-demo/).check();
  await page.getByRole('button', { name: 'Create protection group' }).click();
  await page.waitForURL(/\/protection-groups\/[0-9a-f-]{36}$/);
  const groupUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(groupStatus(page)).toHaveAttribute('data-status', 'available', { timeout: 20_000 });
  await expect(page.getByText('vpc-dr-demo (192.168.0.0/16)')).toBeVisible();
  // Nothing to protect yet: enabling says why.
  await expect(page.getByRole('button', { name: 'Enable protection', exact: true })).toBeDisabled();
  await expect(page.getByText(/no replication pair yet.*SDRS\.1027/)).toBeVisible();

  // 2. Protect a server of the production AZ.
  await page.getByRole('link', { name: 'Protect a server' }).click();
  // erp-prod's DR servers are in this group's production AZ: offered never, with the reason.
  await expect(page.getByText('Not available: The DR server of web-01: DR servers cannot be protected.')).toBeVisible();
  await page.getByLabel(/^report-01 /).check();
  await page.getByLabel('Name', { exact: true }).fill(`${name}-pi`);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create protected instance' }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });

  // 3. Enable protection, slowly enough to watch the synchronization climb to 100 %.
  await expectGroup(page, groupUrl, 'available');
  await simControl('/time-scale', { scale: 0.4 }, 'PUT');
  try {
    await page.getByRole('button', { name: 'Enable protection', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enable protection' }).click();
    await page.waitForURL(/\/jobs\//);
    await page.goto(groupUrl);
    const progress = page.getByRole('progressbar', { name: `Synchronization of ${name}` });
    await expect(progress).toBeVisible({ timeout: 10_000 });
    await expect(groupStatus(page)).toHaveAttribute('data-status', 'protected', { timeout: 30_000 });
    await expect(page.getByText('In sync').first()).toBeVisible({ timeout: 30_000 });
    await expect(progress).toHaveCount(0);
    await page.goto(`${groupUrl}?tab=pairs`);
    await expect(page.getByRole('table').getByText('In sync').first()).toBeVisible();
  } finally {
    await simControl('/time-scale', { scale: 0.05 }, 'PUT');
  }

  // 4. Planned failover: the production server still runs, the dialog stops it, then it goes.
  await page.goto(groupUrl);
  await runJobAction(page, 'Planned failover', 'Start the planned failover', async (dialog) => {
    await expect(dialog.getByRole('listitem').filter({ hasText: 'report-01' })).toContainText('Running');
    await expect(dialog.getByRole('button', { name: 'Start the planned failover' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Stop 1 running server' }).click();
    await expect(dialog.getByText('All stopped.')).toBeVisible({ timeout: 15_000 });
    await expect(dialog.getByRole('listitem').filter({ hasText: 'report-01' })).toContainText('Stopped');
  });
  await expectGroup(page, groupUrl, 'protected');
  await expect(page.getByText('eu-de-01, the original DR site')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Production now runs at eu-de-01/ })).toBeVisible();

  // 5. Failover, confirmed by typing the group's name.
  await runJobAction(page, 'Failover', 'Fail over', async (dialog) => {
    await expect(dialog).toContainText('The production servers are force-stopped and cannot be started.');
    await expect(dialog.getByRole('button', { name: 'Fail over' })).toBeDisabled();
    await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  });
  await expectGroup(page, groupUrl, 'failed-over');

  // A DR-site server running blocks re-protect: started from the panel, the dialog stops it again.
  const drServer = page.getByRole('table', { name: 'Servers of the group' }).getByRole('row', { name: /DR site/ });
  await drServer.getByRole('button', { name: /^Start/ }).click();
  await expect(drServer).toContainText('Running', { timeout: 15_000 });
  // Sent anyway (a stale page, a script), it is refused before anything reaches the cloud.
  await simControl('/stats', undefined, 'DELETE');
  const refused = await postAction(request, actionOf('app/(console)/protection-groups/[id]/actions.ts', 'reprotect'), {
    groupId: groupUrl.split('/').at(-1),
    idempotencyKey: crypto.randomUUID(),
  });
  expect(await refused.text()).toMatch(/DR site must be stopped first.*SDRS\.1342/);
  expect(Object.keys(await simRequestCounts()).filter((r) => r.startsWith('POST /v1/'))).toEqual([]);

  // 6. Re-protect.
  await runJobAction(page, 'Re-protect', 'Re-protect', async (dialog) => {
    await dialog.getByRole('button', { name: 'Stop 1 running server' }).click();
    await expect(dialog.getByText('All stopped.')).toBeVisible({ timeout: 15_000 });
  });
  await expectGroup(page, groupUrl, 'protected');

  // 7. A DR drill in a new drill VPC, then 8. its deletion.
  await page.goto(`${groupUrl}?tab=drills`);
  await expect(page.getByText('In sync').first()).toBeVisible({ timeout: 20_000 });
  await runJobAction(page, 'Create DR drill', 'Create the drill', async (dialog) => {
    await dialog.getByLabel('Drill name').fill(`${name}-drill`);
  });
  await page.goto(`${groupUrl}?tab=drills`);
  const drill = page.getByRole('table', { name: 'DR drills' }).getByRole('row', { name: new RegExp(`${name}-drill`) });
  await expect(drill).toContainText('Available', { timeout: 20_000 });
  await expect(drill).toContainText(`copy of ${name}-pi`);
  await runJobAction(page, `Delete ${name}-drill`, 'Delete the drill');
  await page.goto(`${groupUrl}?tab=drills`);
  await expect(page.getByText(/^No DR drills/)).toBeVisible({ timeout: 20_000 });

  // 9. Disable protection.
  await page.goto(groupUrl);
  await runJobAction(page, 'Disable protection', 'Disable protection');
  await expectGroup(page, groupUrl, 'available');

  // 10. Delete the instance with its DR server.
  await page.goto(`${groupUrl}?tab=instances`);
  await page.getByRole('link', { name: `${name}-pi` }).click();
  await page.waitForURL(/\/protected-instances\/[0-9a-f-]{36}$/);
  const piId = page.url().split('/').at(-1) ?? '';
  const drServerId = String(
    (
      (await (await simAsOperator('GET', `/v1/{pid}/protected-instances/${piId}`)).json()) as {
        protected_instance: { target_server: string };
      }
    ).protected_instance.target_server,
  );
  await runJobAction(page, 'Delete protected instance', 'Delete the instance', async (dialog) => {
    await expect(dialog.getByLabel(/Also delete the DR server/)).toBeChecked();
  });
  await expect(page.getByText('it no longer exists')).toBeVisible();
  expect((await simAsOperator('GET', `/v1/{pid}/cloudservers/${drServerId}`)).status).toBe(404);

  // 11. Its pair, detached and kept, deleted with its DR disk.
  await page.goto(`${groupUrl}?tab=pairs`);
  await page.getByRole('table').getByRole('link').first().click();
  await runJobAction(page, 'Delete replication pair', 'Delete the pair', async (dialog) => {
    await dialog.getByLabel(/Also delete the DR disk/).check();
  });

  // 12. A new name: a synchronous write, recorded as done at once.
  await page.goto(groupUrl);
  const renamed = `${name}-done`;
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByRole('dialog').getByLabel('New name').fill(renamed);
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent operations' }).getByRole('listitem').first()).toContainText(
    /Succeeded.*Rename protection group/,
  );

  // 13. The empty group, confirmed by its name.
  await runJobAction(page, 'Delete group', 'Delete the group', async (dialog) => {
    await dialog.getByLabel(`Type ${renamed} to confirm`).fill(renamed);
  });
  await expect(page.getByText('it no longer exists')).toBeVisible();
  await page.goto(`/protection-groups?name=${name}`);
  await expect(page.getByRole('link', { name: renamed })).toHaveCount(0);
});

test('a group operation started outside the console is listed as such and followed to its end', async ({ page }) => {
  const name = `e2e-outside-${Date.now().toString(36)}`;
  // Slow enough to be seen while it runs.
  await simControl('/time-scale', { scale: 2 }, 'PUT');
  try {
    const created = await simCreateGroup(name);
    expect(created.status).toBe(200);
    await page.goto(`/protection-groups?name=${name}`);
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Creating');
  } finally {
    await simControl('/time-scale', { scale: 0.05 }, 'PUT');
  }
  const row = page
    .getByRole('table', { name: 'Jobs started from this console' })
    .getByRole('row', { name: new RegExp(name) });
  await page.goto('/jobs');
  await expect(row).toContainText('Create protection group');
  await expect(row).toContainText('(outside the console)');
  await expect(async () => {
    await page.goto('/jobs');
    await expect(row).toContainText('Succeeded', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // Tidy up what this test made.
  const groups = (await (await simAsOperator('GET', `/v1/{pid}/server-groups?name=${name}`)).json()) as {
    server_groups: { id: string }[];
  };
  for (const g of groups.server_groups) await simAsOperator('DELETE', `/v1/{pid}/server-groups/${g.id}`);
});
