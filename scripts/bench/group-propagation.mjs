// How soon the group page shows a change of the group's state made upstream: a real browser holds
// the page open while the simulated cloud's group is disabled and enabled again directly (as another
// tool would), and each new status is timed from the moment the cloud first reports it to the
// moment the page shows it.
import { chromium } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../lib/chromium.mjs';
import { sim, simPath, simToken } from './sim-client.mjs';
import { percentile } from './stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls the cloud every 20 ms until the group's status is `status`; returns when it first was. */
async function upstreamReaches(simUrl, token, groupId, status, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const g = (await sim(simUrl, token, `/v1/{pid}/server-groups/${groupId}`)).server_group;
    if (g.status === status) return Date.now();
    await sleep(20);
  }
  throw new Error(`the group never became ${status}`);
}

const pageShows = (page, status, timeoutMs = 60_000) =>
  page
    .waitForFunction((s) => document.querySelector('dl [data-status]')?.getAttribute('data-status') === s, status, {
      timeout: timeoutMs,
      polling: 20,
    })
    .then(() => Date.now());

export async function groupPropagation({ simUrl, consoleUrl, cookie, rounds = 4 }) {
  const token = await simToken(simUrl);
  const group = (await sim(simUrl, token, '/v1/{pid}/server-groups')).server_groups.find((g) => g.name === 'erp-prod');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
  const samples = { following: [], idle: [] };
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: consoleUrl }]);
    const page = await context.newPage();
    await page.goto(`${consoleUrl}/protection-groups/${group.id}`);
    for (let i = 0; i < rounds * 2; i++) {
      const disabling = i % 2 === 0;
      const [transitional, final] = disabling ? ['stopping', 'available'] : ['starting', 'protected'];
      // Let the page settle into its idle pace first, as a page someone left open would be.
      await sleep(3000 + Math.random() * 7000);
      const seenTransitional = pageShows(page, transitional).catch(() => null);
      const seenFinal = pageShows(page, final);
      const action = disabling ? 'stop-server-group' : 'start-server-group';
      const res = await fetch(`${simUrl}${simPath(`/v1/{pid}/server-groups/${group.id}/action`)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-auth-token': token },
        body: JSON.stringify({ [action]: {} }),
      });
      if (!res.ok) throw new Error(`${action} answered HTTP ${res.status}`);
      const changedAt = Date.now(); // the transitional status is set by the request itself
      const finalAt = await upstreamReaches(simUrl, token, group.id, final);
      const [transitionalShown, finalShown] = await Promise.all([seenTransitional, seenFinal]);
      if (transitionalShown) samples.idle.push(transitionalShown - changedAt);
      samples.following.push(Math.max(0, finalShown - finalAt));
    }
  } finally {
    await browser.close();
  }
  const summarise = (values) => ({
    samples: values.length,
    medianMs: Math.round(percentile(values, 50)),
    p95Ms: Math.round(percentile(values, 95)),
  });
  return { idlePage: summarise(samples.idle), followingPage: summarise(samples.following) };
}
