import { expect, test } from '@playwright/test';
import { simAsOperator, simControl, simRequestCounts, stateFile } from './support';

test.use({ storageState: stateFile('viewer') });

test.describe('inventory', () => {
  test('the overview counts what the cloud reports and lists the failed task', async ({ page }) => {
    // Other journeys add instances and pairs: the cloud's own count is the truth to compare with.
    const count = async (path: string, key: string) =>
      ((await (await simAsOperator('GET', path)).json()) as Record<string, unknown[]>)[key]?.length ?? -1;
    const instances = await count('/v1/{pid}/protected-instances?limit=1000', 'protected_instances');
    const pairs = await count('/v1/{pid}/replications?limit=1000', 'replications');
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    const main = page.getByRole('main');
    // A card reads: title, total, then counts by state.
    const total = (title: RegExp) => main.getByRole('link', { name: title }).locator('p').nth(1);
    expect(instances).toBeGreaterThan(0);
    await expect(total(/Protected instances/)).toHaveText(String(instances));
    await expect(total(/Replication pairs/)).toHaveText(String(pairs));
    await expect(page.getByText(/Failed task: billing-01/)).toContainText('EVS.2024');
  });

  test('protection groups: seeded groups with plain-word statuses, filters and detail', async ({ page }) => {
    // Every group on one page: other journeys add groups of their own.
    await page.goto('/protection-groups?size=100');
    const table = page.getByRole('table', { name: 'Protection groups' });
    await expect(table.getByRole('link', { name: 'erp-prod' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'crm-staging' })).toBeVisible();
    await expect(table.getByRole('row', { name: /erp-prod/ })).toContainText('Protected');
    await expect(table.getByRole('row', { name: /erp-prod/ })).toContainText('In sync');

    await page.getByLabel('Status').selectOption('protected');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/status=protected/);
    await expect(table.getByRole('link', { name: 'erp-prod' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'crm-staging' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Clear' }).click();
    await expect(page).toHaveURL('/protection-groups');
    await expect(page.getByLabel('Status')).toHaveValue('');
    await page.getByLabel('Name contains').fill('CRM');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(table.getByRole('link', { name: 'crm-staging' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'erp-prod' })).toHaveCount(0);

    await page.goto('/protection-groups?name=erp-prod');
    await table.getByRole('link', { name: 'erp-prod' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'erp-prod' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Protected instances' }).getByRole('link', { name: 'web-01' }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Members of the group' })
      .getByRole('link', { name: /Replication pairs/ })
      .click();
    await expect(page.getByRole('link', { name: /Replication pairs \(4\)/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table', { name: 'Replication pairs' }).getByRole('row')).toHaveCount(5);
  });

  test('paginates on the server and sorts the whole result', async ({ page }) => {
    const domain = (
      (await (await simAsOperator('GET', '/v1/{pid}/active-domains')).json()) as { domains: { id: string }[] }
    ).domains[0]?.id;
    const vpcs = (await (await simAsOperator('GET', '/v1/{pid}/vpcs')).json()) as {
      vpcs: { id: string; name: string }[];
    };
    const vpc = vpcs.vpcs.find((v) => v.name === 'vpc-dr-demo')?.id;
    for (let i = 0; i < 10; i++) {
      const res = await simAsOperator('POST', '/v1/{pid}/server-groups', {
        server_group: {
          name: `page-${String(i).padStart(2, '0')}`,
          source_availability_zone: 'eu-de-01',
          target_availability_zone: 'eu-de-02',
          domain_id: domain,
          source_vpc_id: vpc,
        },
      });
      expect(res.status).toBe(200);
    }
    await page.goto('/protection-groups?size=10&sort=name&dir=asc');
    const table = page.getByRole('table', { name: 'Protection groups' });
    await expect(page.getByText(/1–10 of \d+ protection groups/)).toBeVisible();
    const firstPage = await table.getByRole('row').allInnerTexts();
    expect(firstPage[1]).toContain('crm-staging');
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/11–\d+ of \d+ protection groups/)).toBeVisible();

    await page.goto('/protection-groups?size=10');
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name&dir=asc/);
    await expect(table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    await expect(table.getByRole('row').nth(1)).toContainText('page-09');
  });

  test('protected instances, replication pairs and EVS pairs show the seed', async ({ page }) => {
    await page.goto('/protected-instances?size=100');
    const instances = page.getByRole('table', { name: 'Protected instances' });
    await expect(instances.getByRole('link', { name: 'web-01' })).toBeVisible();
    await expect(instances.getByRole('link', { name: 'db-01' })).toBeVisible();
    await instances.getByRole('link', { name: 'db-01' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'db-01' })).toBeVisible();
    await expect(page.getByText('/dev/vdb')).toBeVisible();

    await page.goto('/replication-pairs?status=protected');
    await expect(page.getByText('1–4 of 4 replication pairs')).toBeVisible();
    await page.getByRole('link', { name: 'web-01-vda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'web-01-vda' })).toBeVisible();
    await expect(page.getByText('40 GB SSD, system disk')).toBeVisible();

    await page.goto('/evs-replication-pairs');
    await expect(page.getByRole('note')).toContainText('Deprecated API');
  });

  test('an unknown id shows a not-found page with a way back', async ({ page }) => {
    await page.goto('/protection-groups/00000000-0000-0000-0000-000000000000');
    await expect(page.getByRole('heading', { name: 'Protection group not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to protection groups' }).click();
    await expect(page).toHaveURL('/protection-groups');
  });

  test('a failing cloud shows the code, the cause and what to do; reads were retried first', async ({ page }) => {
    await simControl('/stats', undefined, 'DELETE');
    await simControl('/faults/errors', { match: 'GET /v1/', status: 503 });
    try {
      await page.goto('/replication-pairs');
      const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
      await expect(alert).toContainText('The replication pairs could not be loaded');
      await expect(alert).toContainText('SDRS.0013');
      await expect(alert).toContainText('What to do');
      // Three attempts per read: the first and two retries.
      expect((await simRequestCounts())['GET injected-fault']).toBeGreaterThanOrEqual(3);
    } finally {
      await simControl('/faults', undefined, 'DELETE');
    }
    await page.reload();
    await expect(page.getByRole('table', { name: 'Replication pairs' })).toBeVisible();
  });
});
