import { expect, test, type Page } from '@playwright/test';
import { simGroup, simProtect, simServer, unique } from './fixtures';
import { simControl, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

/** A flavor change slow enough to watch (about three seconds), started from the instance page. */
async function startSlowResize(page: Page, prefix: string) {
  const name = unique(prefix);
  const groupId = await simGroup(`${name}-g`);
  const instanceId = await simProtect(groupId, await simServer(`${name}-srv`, { status: 'SHUTOFF' }), name);
  await page.goto(`/protected-instances/${instanceId}`);
  await page.getByRole('button', { name: 'Change flavor', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/^s3\.xlarge\.2/)
    .check();
  await simControl('/time-scale', { scale: 0.5 }, 'PUT');
  await page.getByRole('dialog').getByRole('button', { name: 'Change flavor', exact: true }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
  return name;
}

const jobStatus = (page: Page) => page.locator('[data-job-status]');

test.describe('job progress', () => {
  test.afterEach(() => simControl('/time-scale', { scale: 0.05 }, 'PUT'));

  test('is pushed to the job page and the header over one stream, without polling', async ({ page }) => {
    const polls: string[] = [];
    const streams: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === '/api/jobs/stream') streams.push(r.url());
      else if (path.startsWith('/api/jobs')) polls.push(path);
    });
    const name = await startSlowResize(page, 'e2e-push');
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'RUNNING', { timeout: 10_000 });
    polls.length = 0;
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
    // The header heard of the end on the same stream: its notice says so.
    await expect(page.getByRole('status').filter({ hasText: `Change flavor ${name} succeeded.` })).toBeVisible();
    // The job ran for seconds: polled, it would have been asked every second.
    expect(polls).toEqual([]);
    expect(streams.some((url) => /ids=[0-9a-f-]{36}/.test(url))).toBe(true);
  });

  test('falls back to polling when the stream cannot be opened', async ({ page }) => {
    await page.route('**/api/jobs/stream*', (route) => route.abort());
    const polls: string[] = [];
    page.on('request', (r) => {
      if (/^\/api\/jobs\/[0-9a-f-]{36}$/.test(new URL(r.url()).pathname)) polls.push(r.url());
    });
    await startSlowResize(page, 'e2e-poll');
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
    expect(polls.length).toBeGreaterThan(0);
  });
});
