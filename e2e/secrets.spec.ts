import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { consolePages, seedIds } from './inventory';
import { DEMO_AK, DEMO_PASSWORD, DEMO_PROJECT_ID, DEMO_SK, simTokens } from './support';

/** Everything the browser received while the journey ran: HTML, JavaScript, JSON, RSC payloads. */
function captureResponses(page: import('@playwright/test').Page) {
  const bodies: { url: string; text: string }[] = [];
  page.on('response', async (res) => {
    try {
      bodies.push({ url: res.url(), text: await res.text() });
    } catch {
      // redirects and aborted prefetches have no body
    }
  });
  return bodies;
}

test('no token, password or secret key reaches the browser', async ({ page }) => {
  const bodies = captureResponses(page);
  await page.goto('/sign-in');
  await page.getByLabel('Access key (AK/SK)').check();
  await page.getByLabel('Access key (AK)').fill(DEMO_AK);
  await page.getByLabel('Secret key (SK)').fill(DEMO_SK);
  await page.getByLabel('Project id').fill(DEMO_PROJECT_ID);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/sign-in/);
  await page.getByRole('button', { name: 'Sign in as demo-operator' }).click();
  await page.waitForURL('/');
  for (const url of consolePages(await seedIds())) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/api/session');

  const secrets = [DEMO_PASSWORD, DEMO_SK, ...(await simTokens())];
  expect(secrets.length).toBeGreaterThan(2);
  expect(bodies.length).toBeGreaterThan(20);
  for (const { url, text } of bodies) {
    for (const secret of secrets) expect(text.includes(secret), `${url} contains a secret`).toBe(false);
  }
  const cookies = await page.context().cookies();
  for (const c of cookies) for (const secret of secrets) expect(c.value.includes(secret)).toBe(false);
});

test('no secret is built into the static files', () => {
  const secrets = [DEMO_PASSWORD, DEMO_SK, 'e2e-session-secret'];
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const files = walk('.next/static');
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const secret of secrets) expect(text.includes(secret), `${file} contains ${secret.slice(0, 4)}…`).toBe(false);
  }
});
