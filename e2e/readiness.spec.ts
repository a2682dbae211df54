import { expect, test } from '@playwright/test';
import { simEnable, simGroup, simInstance, simProtect, simServer, simServerDetail, unique } from './fixtures';
import { simControl, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

const DR_AZ = 'eu-de-02';

const setFaultLevel = (pairId: string, level: '0' | '2') =>
  simControl(`/pairs/${pairId}/fault-level`, { fault_level: level }, 'PUT');
const setSoldOut = (flavor: string, soldOut: boolean) =>
  simControl(`/flavors/${flavor}/sold-out`, { az: DR_AZ, sold_out: soldOut }, 'PUT');

test('a group made unready shows each reason on the readiness page and the overview, and recovers', async ({
  page,
}) => {
  const name = unique('unready');
  const groupName = `${name}-g`;
  const groupId = await simGroup(groupName);
  const instanceId = await simProtect(groupId, await simServer(`${name}-srv`), name);
  await simEnable(groupId);
  const instance = await simInstance(instanceId);
  const pairId = instance.attachment[0]?.replication ?? '';
  const drFlavor = (await simServerDetail(instance.target_server)).flavor.id;

  // Protected, in sync, DR server stopped: only the missing drill stands between it and ready.
  await page.goto('/readiness');
  const section = page.locator(`[data-group="${groupName}"]`);
  await expect(section.locator('[data-verdict]')).toHaveText('At risk');
  await expect(section.locator('[data-check]')).toHaveCount(1);
  await expect(section.locator('[data-check="drill"]')).toContainText('Never drilled');

  await setFaultLevel(pairId, '2');
  await setSoldOut(drFlavor, true);
  try {
    await page.goto('/readiness?show=at-risk');
    await expect(page.getByRole('heading', { name: /^At risk \(\d+\)$/ })).toBeVisible();
    const pairFault = section.locator('[data-check="pair-faults"]');
    await expect(pairFault).toContainText('Production disk lost: failover advised');
    await expect(pairFault).toContainText('Fail the group over to the DR site');
    await expect(pairFault.getByRole('link', { name: 'Go there' })).toHaveAttribute(
      'href',
      `/replication-pairs/${pairId}`,
    );
    const flavor = section.locator('[data-check="dr-flavor"]');
    await expect(flavor).toContainText(`${name}: ${drFlavor}`);
    await expect(flavor.getByRole('link', { name: 'Go there' })).toHaveAttribute(
      'href',
      `/protected-instances/${instanceId}`,
    );
    await expect(section.locator('[data-check="drill"]')).toContainText('Run a drill from the group page');
    // Problems come before warnings.
    await expect(section.locator('[data-check]').first()).toHaveAttribute('data-check', 'pair-faults');

    await page.goto('/');
    await expect(page.locator('[data-attention="at-risk"]')).toContainText(groupName);
    const reasons = page.locator(`[data-at-risk="${groupName}"]`);
    await expect(reasons).toContainText('Replication pairs report faults');
    await expect(reasons).toContainText('DR flavors sold out');
    await expect(reasons).toContainText('Never drilled');
    await page.locator('[data-attention="at-risk"]').click();
    await expect(page).toHaveURL(/\/readiness\?show=at-risk$/);

    // The group page says the same.
    await page.goto(`/protection-groups/${groupId}`);
    const panel = page.getByRole('region', { name: /Readiness/ });
    await expect(panel.locator('[data-verdict]')).toHaveText('At risk');
    await expect(panel.locator('[data-check="pair-faults"]')).toBeVisible();
  } finally {
    await setFaultLevel(pairId, '0');
    await setSoldOut(drFlavor, false);
  }
  // Fixed in the cloud, the findings go.
  await page.goto('/readiness');
  await expect(section.locator('[data-check]')).toHaveCount(1);
});

test('the task center filters by failure, resource type and group', async ({ page }) => {
  await page.goto('/task-center');
  const billing = page.getByRole('row', { name: /billing-01/ });
  await expect(billing).toBeVisible();
  // The seeded failure: a create in crm-staging, of a protected instance.
  await page.getByLabel('What failed').selectOption('createFail');
  await page.getByLabel('Resource type').selectOption('protected_instances');
  await page.getByLabel('Group').selectOption({ label: 'crm-staging' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=createFail&type=protected_instances&group=/);
  await expect(billing).toBeVisible();
  // Dismissing everything is not offered while a filter narrows the list.
  await expect(page.getByRole('button', { name: /^Dismiss all \d+ failed tasks$/ })).toHaveCount(0);

  await page.getByLabel('Group').selectOption({ label: 'erp-prod' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No failed task matches these filters')).toBeVisible();
  await expect(billing).toHaveCount(0);
  await page.getByRole('link', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/task-center$/);
  await expect(billing).toBeVisible();
});
