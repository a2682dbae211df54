import { expect, test } from '@playwright/test';
import { SIM_URL, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

test('when the cloud expires every token, the console signs in again on its own and the page loads', async ({
  page,
}) => {
  await page.goto('/protection-groups');
  await expect(page.getByRole('table', { name: 'Protection groups' })).toBeVisible();
  const expired = (await (await fetch(`${SIM_URL}/__sim/tokens/expire`, { method: 'POST' })).json()) as {
    expired: number;
  };
  expect(expired.expired).toBeGreaterThan(0);
  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Protection groups' }).getByRole('link', { name: 'erp-prod' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});
