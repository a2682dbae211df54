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
  // One assertion over everything: the report names each leak, not thousands of passing checks.
  const cookies = await page.context().cookies();
  const received = [...bodies, ...cookies.map((c) => ({ url: `cookie ${c.name}`, text: c.value }))];
  const leaks = received.flatMap(({ url, text }) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${url} contains ${secret.slice(0, 4)}…`),
  );
  expect(leaks).toEqual([]);
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

test("no secret in the console's log", async () => {
  const log = fs.readFileSync('data/e2e-console.log', 'utf8');
  // The journeys so far have signed in every way, failed, timed out and been refused: the log has lines.
  expect(log.split('\n').length).toBeGreaterThan(3);
  const secrets = [DEMO_PASSWORD, DEMO_SK, 'e2e-session-secret', ...(await simTokens('all'))];
  expect(secrets.length).toBeGreaterThan(10);
  expect(secrets.filter((secret) => log.includes(secret)).map((secret) => `${secret.slice(0, 4)}…`)).toEqual([]);
});
