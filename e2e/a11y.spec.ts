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

test.describe('the DR cycle dialogs', () => {
  test.use({ storageState: stateFile('operator') });

  test('have no accessibility violations, open and filled', async ({ page }) => {
    const { group, instance } = await seedIds();
    const check = async (where: string) => {
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => `${where} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    };
    for (const [url, trigger, fill] of [
      [`/protection-groups/${group}`, 'Planned failover', null],
      [`/protection-groups/${group}`, 'Failover', 'Type erp-prod to confirm'],
      [`/protection-groups/${group}?tab=drills`, 'Create DR drill', null],
      [`/protected-instances/${instance}`, 'Delete protected instance', null],
    ] as const) {
      await page.goto(url);
      await page.getByRole('button', { name: trigger, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      if (fill) await dialog.getByLabel(fill).fill('erp');
      if (trigger === 'Create DR drill') await dialog.getByLabel('Use an existing VPC').check();
      await check(`${url} ${trigger}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
});
