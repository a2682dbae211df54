import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { consolePages, seedIds } from './inventory';
import { stateFile } from './support';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('the sign-in page has no accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('signed in', () => {
  test.use({ storageState: stateFile('operator') });

  test('no page has accessibility violations', async ({ page }) => {
    for (const url of consolePages(await seedIds())) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${url} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    }
  });
});
