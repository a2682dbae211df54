import { expect, test } from '@playwright/test';
import { simAsOperator, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

/** Waits until the cloud no longer lists what a delete removed. */
async function gone(path: string) {
  await expect.poll(async () => (await simAsOperator('GET', path)).status, { timeout: 20_000 }).not.toBe(200);
}

test('Set up DR walks the three steps of the user guide and shows where the user is', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `e2e-setup-${Date.now().toString(36)}`;
  await page.goto('/');
  await page.getByRole('link', { name: 'Set up DR' }).click();
  const steps = page.getByRole('list', { name: 'Set-up steps' });
  await expect(steps.locator('[aria-current="step"]')).toContainText('Step 1: Create a protection group');

  await page.getByRole('link', { name: 'Create a protection group' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Production in eu-de-02 → DR in eu-de-01').check();
  await page.getByLabel(/^vpc-dr-demo/).check();
  await page.getByRole('button', { name: 'Create protection group' }).click();
  await page.waitForURL(/\/setup\?group=[0-9a-f-]{36}$/);
  const setupUrl = page.url();
  const groupId = new URL(setupUrl).searchParams.get('group') ?? '';
  await expect(steps.locator('[aria-current="step"]')).toContainText('Step 2: Protect servers');
  await expect(page.getByRole('button', { name: 'Enable protection' })).toBeDisabled();
  await expect(page.getByText(/no replication pair yet.*SDRS\.1027/)).toBeVisible();

  await page.getByRole('link', { name: 'Protect a server' }).click();
  const usable = page.getByRole('group', { name: 'Production server' }).getByRole('radio', { disabled: false }).first();
  await usable.check();
  await page.getByLabel('Name', { exact: true }).fill(`${name}-pi`);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create protected instance' }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });

  await page.goto(setupUrl);
  await expect(steps.locator('[aria-current="step"]')).toContainText('Step 3: Enable protection');
  await page.getByRole('button', { name: 'Enable protection', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Enable protection' }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
  await page.goto(setupUrl);
  await expect(page.getByRole('status').filter({ hasText: `${name} is protected` })).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toHaveCount(0);

  // Tidy up what this test made, straight through the cloud API.
  const instances = (await (
    await simAsOperator('GET', `/v1/{pid}/protected-instances?server_group_id=${groupId}`)
  ).json()) as {
    protected_instances: { id: string }[];
  };
  await simAsOperator('POST', `/v1/{pid}/server-groups/${groupId}/action`, { 'stop-server-group': {} });
  await expect
    .poll(
      async () =>
        (
          (await (await simAsOperator('GET', `/v1/{pid}/server-groups/${groupId}`)).json()) as {
            server_group: { status: string };
          }
        ).server_group.status,
      { timeout: 20_000 },
    )
    .toBe('available');
  for (const pi of instances.protected_instances) {
    await simAsOperator('DELETE', `/v1/{pid}/protected-instances/${pi.id}`, { delete_target_server: true });
    await gone(`/v1/{pid}/protected-instances/${pi.id}`);
  }
  const pairs = (await (await simAsOperator('GET', `/v1/{pid}/replications?server_group_id=${groupId}`)).json()) as {
    replications: { id: string }[];
  };
  for (const p of pairs.replications) {
    await simAsOperator('DELETE', `/v1/{pid}/replications/${p.id}`, { replication: { delete_target_volume: true } });
    await gone(`/v1/{pid}/replications/${p.id}`);
  }
  await simAsOperator('DELETE', `/v1/{pid}/server-groups/${groupId}`);
  await gone(`/v1/{pid}/server-groups/${groupId}`);
});
