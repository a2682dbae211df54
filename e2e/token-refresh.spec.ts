import { expect, test } from '@playwright/test';
import { seedIds } from './inventory';
import { auditRows } from './store';
import { simControl, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

test('when the cloud expires every token, the console signs in again on its own and the page loads', async ({
  page,
}) => {
  // By name: other journeys add groups of their own, which may push it off the first page.
  await page.goto('/protection-groups?name=erp-prod');
  await expect(page.getByRole('table', { name: 'Protection groups' })).toBeVisible();
  const expired = (await (await simControl('/tokens/expire')).json()) as {
    expired: number;
  };
  expect(expired.expired).toBeGreaterThan(0);
  await page.reload();
  await expect(
    page.getByRole('table', { name: 'Protection groups' }).getByRole('link', { name: 'erp-prod' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});

test.describe('when the cloud refuses to renew the sign-in', () => {
  // A session of its own: this one is ended on purpose.
  test.use({ storageState: { cookies: [], origins: [] } });

  test.afterEach(async () => {
    await simControl('/faults', undefined, 'DELETE');
  });

  test('the user is sent to sign in again, and comes back to the page they were on', async ({ page }) => {
    const { group } = await seedIds();
    const where = `/protection-groups/${group}`;
    await page.goto(where);
    await page.getByRole('button', { name: 'Sign in as demo-viewer' }).click();
    await page.waitForURL(where);
    await expect(page.getByRole('heading', { level: 1, name: 'erp-prod' })).toBeVisible();

    // Every token expires and IAM refuses the stored password from now on.
    await simControl('/faults/errors', {
      match: 'POST /v3/auth/tokens',
      status: 401,
      body: { error: { code: 401, title: 'Unauthorized', message: 'The password has been changed.' } },
    });
    await simControl('/tokens/expire');
    await page.reload();
    await page.waitForURL(/\/sign-in\?/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(where);
    await expect(page.getByRole('status').filter({ hasText: 'no longer accepted your sign-in' })).toBeVisible();
    const ended = auditRows({ action: 'sessionEnded' }).at(-1);
    expect(ended).toMatchObject({ user_name: 'demo-viewer', outcome: 'denied', error_code: 'APIGW.0301' });

    await simControl('/faults', undefined, 'DELETE');
    await page.getByRole('button', { name: 'Sign in as demo-viewer' }).click();
    await page.waitForURL(where);
    await expect(page.getByRole('heading', { level: 1, name: 'erp-prod' })).toBeVisible();
  });
});
