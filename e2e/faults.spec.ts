import { expect, test, type Page } from '@playwright/test';
import { simAsOperator, simControl, simRequestCounts, stateFile } from './support';

test.use({ storageState: stateFile('support') });

const requestsTo = async (route: string) => (await simRequestCounts())[route] ?? 0;

/** The pair form for crm-staging with a fresh, usable disk chosen and a name typed. */
async function pairFormReady(page: Page, name: string) {
  const created = await simAsOperator('POST', '/v2/{pid}/volumes', {
    volume: { size: 20, availability_zone: 'eu-de-01', volume_type: 'SSD', name: `${name}-disk` },
  });
  expect(created.status).toBe(202);
  await page.goto('/replication-pairs/new');
  await page.getByLabel(/crm-staging/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page
    .getByRole('group', { name: 'Production disk' })
    .getByLabel(new RegExp(`^${name}-disk`))
    .check();
  await page.getByLabel('Name', { exact: true }).fill(name);
}

test.describe('a slow or failing cloud', () => {
  test.afterEach(async () => {
    await simControl('/faults', undefined, 'DELETE');
  });

  test('reads beyond the timeout are retried, then a clear timeout error is shown', async ({ page }) => {
    await simControl('/stats', undefined, 'DELETE');
    await simControl('/faults/latency', { ms: 3500, match: 'GET /v1/' }, 'PUT');
    await page.goto('/protection-groups');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toContainText('NET.TIMEOUT', { timeout: 30_000 });
    await expect(alert).toContainText('did not answer in time');
    await expect
      .poll(() => requestsTo('GET /v1/:project_id/server-groups'), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
  });

  test('a failing cloud is explained and the form keeps what was typed', async ({ page }) => {
    const name = `e2e-down-${Date.now().toString(36)}`;
    await pairFormReady(page, name);
    await simControl('/faults/errors', { match: 'GET /v', status: 503 });
    await page.getByRole('button', { name: 'Create replication pair' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'SDRS.0013' })).toContainText('What to do');
    await expect(page.getByText('The form could not be checked against the cloud.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  });

  test('a write that times out is not repeated, stays recorded, and the same form sent again does not create twice', async ({
    page,
  }) => {
    const name = `e2e-timeout-${Date.now().toString(36)}`;
    await pairFormReady(page, name);
    await simControl('/stats', undefined, 'DELETE');
    await simControl('/faults/latency', { ms: 3500, match: 'POST /v1/' }, 'PUT');
    await page.getByRole('button', { name: 'Create replication pair' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'NET.TIMEOUT' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('It may still have acted')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await simControl('/faults', undefined, 'DELETE');
    await expect.poll(() => requestsTo('POST /v1/:project_id/replications'), { timeout: 10_000 }).toBe(1);

    await page.getByRole('button', { name: 'Create replication pair' }).click();
    await page.waitForURL(/\/jobs\//);
    await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'FAIL');
    await expect(page.getByRole('alert').filter({ hasText: 'failed.' })).toContainText('CONSOLE.OUTCOME_UNKNOWN');
    expect(await requestsTo('POST /v1/:project_id/replications')).toBe(1);
  });
});
