import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { simAsOperator, simRequestCounts, stateFile } from './support';
import { simEnable, simGroup, simProtect, simServer, unique } from './fixtures';
import { writePlan } from './plan-editor';

test.use({ storageState: stateFile('operator') });
test.setTimeout(120_000);

/** Two protected groups of the journey's own, each with one protected server, in sync. */
async function twoGroups(name: string) {
  const groups: { id: string; name: string }[] = [];
  for (const which of ['db', 'app']) {
    const groupName = `${name}-${which}`;
    const id = await simGroup(groupName);
    await simProtect(id, await simServer(`${groupName}-srv`), `${groupName}-pi`);
    await simEnable(id);
    groups.push({ id, name: groupName });
  }
  return groups;
}

const drillsOf = async (groupId: string) =>
  (
    (await (await simAsOperator('GET', `/v1/{pid}/disaster-recovery-drills?server_group_id=${groupId}`)).json()) as {
      disaster_recovery_drills: unknown[];
    }
  ).disaster_recovery_drills.length;

test('a two-group plan with a wait and a manual step runs as a drill to its end, and its report has the times', async ({
  page,
}) => {
  const name = unique('plan');
  const [db, app] = await twoGroups(name);
  if (!db || !app) throw new Error('the groups were not made');
  await writePlan(page, name, [
    { kind: 'group-action', group: app.name, action: 'switchover' },
    { kind: 'group-action', group: db.name, action: 'failover' },
    { kind: 'start-servers', group: db.name },
    { kind: 'wait', seconds: '2' },
    { kind: 'manual', text: 'Log in to the ERP and open an order' },
    { kind: 'start-servers', group: app.name },
  ]);
  // Reordered after the fact: the database comes first.
  await page.getByRole('link', { name: 'Edit plan' }).click();
  await page.getByRole('button', { name: 'Move step 1 down' }).click();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();
  const steps = page.getByRole('region', { name: 'Steps' }).getByRole('listitem');
  await expect(steps.first()).toHaveText(`Fail over ${db.name}`);
  await expect(steps.nth(1)).toHaveText(`Switch over ${app.name}`);

  await page.getByRole('link', { name: 'Check the drill' }).click();
  const check = page.getByRole('list', { name: 'Check of the drill' }).getByRole('listitem');
  await expect(check).toHaveCount(9);
  await expect(check.filter({ hasText: 'would be refused' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Run as a drill' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the drill' }).click();
  await page.waitForURL(/\/plans\/runs\/[0-9a-f-]{36}$/);
  const runUrl = page.url();

  // Drills of both groups with their servers started, the wait: then the run waits for the person.
  const manual = page.locator('[data-run-step="6"]');
  await expect(manual.locator('[data-step-status]')).toHaveAttribute('data-step-status', 'waiting', {
    timeout: 60_000,
  });
  await expect(page.locator('[data-run-status]')).toHaveText('Waiting for a confirmation');
  expect([await drillsOf(db.id), await drillsOf(app.id)]).toEqual([1, 1]);
  await manual.getByLabel('Note for step 6').fill('orders open fine');
  await manual.getByRole('button', { name: 'Confirm step 6' }).click();
  await expect(manual).toContainText('Confirmed by demo-operator: orders open fine');

  // The drill's own check before the cleanup.
  const last = page.locator('[data-run-step="7"]');
  await expect(last.locator('[data-step-status]')).toHaveAttribute('data-step-status', 'waiting', { timeout: 60_000 });
  await last.getByRole('button', { name: 'Confirm step 7' }).click();
  await expect(page.locator('[data-run-status]')).toHaveText('Succeeded', { timeout: 60_000 });
  expect([await drillsOf(db.id), await drillsOf(app.id)]).toEqual([0, 0]);
  expect(page.url()).toBe(runUrl);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Report (Markdown)' }).click(),
  ]);
  const report = fs.readFileSync(await md.path(), 'utf8');
  expect(report).toContain(`# Drill run of plan ${name}`);
  expect(report).toMatch(/- Measured time: \d+\.\d s, of which \d+\.\d s waiting for confirmations/);
  expect(report).toMatch(
    new RegExp(`\\| 1 \\| Create a DR drill of ${db.name} \\| succeeded \\| [^|]+ \\| [^|]+ \\| \\d+\\.\\d \\|`),
  );
  expect(report).toContain('| 6 | Manual: Log in to the ERP and open an order | succeeded |');
  expect(report).toContain('| demo-operator | orders open fine |');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Report (CSV)' }).click(),
  ]);
  const lines = fs
    .readFileSync(await csv.path(), 'utf8')
    .split('\r\n')
    .filter(Boolean);
  expect(lines).toHaveLength(10);
  expect(lines[5]).toMatch(/^5,Wait 2 s,succeeded,/);

  // The plan shows the drill's measured time.
  await page.goto(planUrl);
  await expect(page.getByRole('region', { name: 'Measured recovery time' })).toContainText(/Last drill: \d+\.\d s/);
});

test('a plan run for real switches a group over, stopping and starting its servers, and ends in the ledger', async ({
  page,
}) => {
  const name = unique('real');
  const [db] = await twoGroups(name);
  if (!db) throw new Error('the group was not made');
  const station = async () =>
    (
      (await (await simAsOperator('GET', `/v1/{pid}/server-groups/${db.id}`)).json()) as {
        server_group: { priority_station: string; status: string };
      }
    ).server_group;
  expect(await station()).toMatchObject({ priority_station: 'source', status: 'protected' });
  await writePlan(page, name, [
    { kind: 'group-action', group: db.name, action: 'switchover' },
    { kind: 'start-servers', group: db.name },
  ]);
  await page.getByRole('button', { name: 'Run for real' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Start the recovery' }).click();
  await page.waitForURL(/\/plans\/runs\/[0-9a-f-]{36}$/);
  await expect(page.locator('[data-run-status]')).toHaveText('Succeeded', { timeout: 90_000 });
  // The switchover step stopped the production server first (two jobs), then the start step's one.
  await expect(page.locator('[data-run-step="1"]').getByRole('link', { name: /^job \d$/ })).toHaveCount(2);
  await expect(page.locator('[data-run-step="2"]').getByRole('link', { name: /^job \d$/ })).toHaveCount(1);
  expect(await station()).toMatchObject({ priority_station: 'target', status: 'protected' });
  await page.getByRole('link', { name: 'In the job ledger' }).click();
  await expect(page.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS');
});

test('a plan whose check finds a blocker shows it, and a run of it is refused with nothing sent', async ({ page }) => {
  const name = unique('blocked');
  const [db] = await twoGroups(name);
  if (!db) throw new Error('the group was not made');
  // Re-protect needs a group that was failed over; this one was not.
  await writePlan(page, name, [
    { kind: 'wait', seconds: '1' },
    { kind: 'group-action', group: db.name, action: 'reprotect' },
  ]);
  await page.getByRole('link', { name: 'Check the plan' }).click();
  const blocked = page.locator('[data-check-step="2"]');
  await expect(blocked).toContainText('would be refused');
  await expect(blocked).toContainText('SDRS.1002');
  await expect(page.locator('[data-check-step="1"]')).toContainText('nothing in the way');

  const before = await simRequestCounts();
  await page.getByRole('button', { name: 'Run for real' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Start the recovery' }).click();
  await expect(dialog.getByRole('status')).toContainText('Step 2 would be refused');
  await expect(dialog.getByRole('status')).toContainText('Nothing was sent.');
  const after = await simRequestCounts();
  const writes = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([route]) => !route.startsWith('GET '))
      .reduce((n, [, c]) => n + c, 0);
  expect(writes(after)).toBe(writes(before));
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}\?check=real$/);
});

test('the editor explains each bad step at its field and saves nothing', async ({ page }) => {
  await page.goto('/plans/new');
  await page.getByLabel('Name', { exact: true }).fill('has spaces');
  await page.getByLabel('Step 1', { exact: true }).selectOption('wait');
  await page.getByLabel('Seconds to wait in step 1').fill('0');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step 2', { exact: true }).selectOption('manual');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Use only letters')).toBeVisible();
  await expect(page.getByText('Wait a whole number of seconds, 1 to 3600.')).toBeVisible();
  await expect(page.getByText('Say what the person must do')).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/new$/);
});
