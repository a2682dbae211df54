import { expect, test } from '@playwright/test';
import { simAsOperator, stateFile } from './support';

test.use({ storageState: stateFile('support') });

const jobStatus = (page: import('@playwright/test').Page) => page.locator('[data-job-status]');

test.describe('EVS replication pair (deprecated API)', () => {
  test('shows each disk constraint before submit, derives the production AZ, and watches the pair to available', async ({
    page,
  }) => {
    await page.goto('/evs-replication-pairs');
    await page.getByRole('link', { name: 'Create EVS replication pair' }).click();
    await expect(page.getByRole('note')).toContainText('Deprecated API');

    const actions: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['next-action']) actions.push(r.url());
    });
    await page.getByRole('button', { name: 'Create EVS replication pair' }).click();
    await expect(page.getByText('Enter a name.')).toBeVisible();
    await expect(page.getByText('Choose the production disk.')).toBeVisible();
    expect(actions).toEqual([]);

    const production = page.getByRole('group', { name: 'Production disk' });
    const dr = page.getByRole('group', { name: /DR disk/ });
    await expect(dr.getByLabel(/^spare-sas-50-b/)).toBeDisabled();
    await production.getByLabel(/^spare-sas-50-a/).check();
    await expect(page.getByText('Production site (priority station)').locator('..')).toContainText('eu-de-01');
    await expect(dr.getByLabel(/^spare-sas-50-b/)).toBeEnabled();
    await expect(dr.getByLabel(/^report-02-data1/)).toBeEnabled(); // attached to a stopped server
    await expect(dr.getByLabel(/^spare-ssd-100-b/)).toBeDisabled();
    await expect(dr.getByText(/Type SSD; the production disk is SAS/).first()).toBeVisible();
    await expect(dr.getByText(/In the same AZ as the production disk/).first()).toBeVisible();

    // Typing narrows the DR list to the disks whose name or details hold every word.
    await page.getByLabel('Filter: DR disk (another AZ, same type and size)').fill('sas-50 eu-de-02');
    await expect(dr.getByRole('radio')).toHaveCount(await dr.getByRole('radio', { name: /sas-50.*eu-de-02/ }).count());
    await expect(dr.getByLabel(/^spare-ssd-100-b/)).toHaveCount(0);
    await expect(dr.getByLabel(/^spare-sas-50-b/)).toBeEnabled();

    const name = `e2e-evs-${Date.now().toString(36)}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await dr.getByLabel(/^spare-sas-50-b/).check();
    await page.getByRole('button', { name: 'Create EVS replication pair' }).click();
    await page.waitForURL(/\/jobs\//);
    await expect(page.getByRole('heading', { name: `Create EVS replication pair: ${name}` })).toBeVisible();
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 20_000 });
    await page.getByRole('link', { name: `Open ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('In sync')).toBeVisible();
  });
});

test.describe('SDRS replication pair', () => {
  test('from a group page, for an available disk, to a pair in the list', async ({ page }) => {
    const created = await simAsOperator('POST', '/v2/{pid}/volumes', {
      volume: { size: 30, availability_zone: 'eu-de-01', volume_type: 'SSD', name: 'e2e-spare' },
    });
    expect(created.status).toBe(202);
    await page.goto('/protection-groups?name=crm-staging');
    await page.getByRole('link', { name: 'crm-staging' }).click();
    await page.getByRole('link', { name: 'Replicate a disk' }).click();
    await expect(page.getByText('Protection group crm-staging')).toBeVisible();

    const disks = page.getByRole('group', { name: 'Production disk' });
    await expect(disks.getByLabel(/^spare-ssd-20-enc-a/)).toBeDisabled();
    await expect(disks.getByText('Not available: Encrypted disks cannot be replicated.')).toBeVisible();
    await expect(disks.getByLabel(/^spare-ssd-100-b/)).toBeDisabled();
    await expect(disks.getByLabel(/^web-01-sys/)).toBeDisabled();

    const name = `e2e-rp-${Date.now().toString(36)}`;
    await page.getByLabel('Name', { exact: true }).fill(`${name}!`);
    await page.getByRole('button', { name: 'Create replication pair' }).click();
    await expect(page.getByText(/Use only letters/)).toBeVisible();
    await expect(page.getByText('Choose the production disk.')).toBeVisible();

    await page.reload();
    await expect(disks.getByLabel(/^e2e-spare/)).toBeEnabled();
    await disks.getByLabel(/^e2e-spare/).check();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create replication pair' }).click();
    await page.waitForURL(/\/jobs\//);
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 20_000 });
    await page.goto(`/replication-pairs?name=${name}`);
    const row = page.getByRole('table', { name: 'Replication pairs' }).getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('crm-staging');
    await expect(row).toContainText('30 GB SSD');
  });
});
