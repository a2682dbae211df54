import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { stateFile } from './support';

/** A CSV line's fields (the export quotes only what needs it). */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

test.describe('as an operator', () => {
  test.use({ storageState: stateFile('operator') });

  test('the audit log filters, pages on the server, and exports exactly the filtered rows', async ({ page }) => {
    await page.goto('/audit');
    await page.getByLabel('User').selectOption('demo-operator');
    await page.getByLabel('Outcome').selectOption('ok');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/user=demo-operator.*outcome=ok/);
    const table = page.getByRole('table', { name: 'Audit entries' });
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      await expect(row.locator('td').nth(1)).toHaveText('demo-operator');
      await expect(row.locator('td').nth(4)).toHaveText('ok');
    }
    const exportLink = page.getByRole('link', { name: /^Export these \d+ entries as CSV$/ });
    const total = Number(/(\d+)/.exec((await exportLink.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-eu-de-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs
      .readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter((l) => l !== '');
    expect(fields(lines[0] ?? '')).toEqual([
      'time',
      'user',
      'action',
      'target',
      'outcome',
      'error code',
      'job',
      'count',
      'parameters',
    ]);
    const data = lines.slice(1).map(fields);
    // Entries may be added while the test runs (its own page views are not audited, its sign-in was).
    expect(data.length).toBeGreaterThanOrEqual(total);
    for (const f of data) expect([f[1], f[4]]).toEqual(['demo-operator', 'ok']);
    // The newest rows are the table's first page, in the same order.
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? '')),
    );
    const exported = data.slice(0, shown.length).map((f) => [(f[0] ?? '').replace('T', ' ').slice(0, 19), f[1], f[2]]);
    expect(exported.map((e) => e.join('|'))).toEqual(shown.map((s) => s.join('|').replace(/×\d+$/, '')));
  });

  test('a date range with nothing in it says so, and the export of it is only the header', async ({ page }) => {
    await page.goto('/audit?from=2001-01-01&to=2001-01-02');
    await expect(page.getByText('No entry matches these filters')).toBeVisible();
    const res = await page.request.get('/api/audit/export?from=2001-01-01&to=2001-01-02');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect((await res.text()).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

test.describe('as support', () => {
  test.use({ storageState: stateFile('support') });

  test('the audit log is refused, with the reason, and so is its export', async ({ page }) => {
    await page.goto('/audit');
    await expect(page.getByRole('alert').filter({ hasText: 'The audit log is for operators.' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Audit entries' })).toHaveCount(0);
    expect((await page.request.get('/api/audit/export')).status()).toBe(403);
  });
});
