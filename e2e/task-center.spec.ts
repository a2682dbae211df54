import { expect, test } from '@playwright/test';
import { simGroup, simJobDone, simServer, unique } from './fixtures';
import { simAsOperator, simControl, simCreateGroup, stateFile } from './support';

/** A group whose creation the cloud fails: a failed task of this test's own, in the task center. */
async function failedGroup(name: string): Promise<string> {
  await simControl('/faults/fail-next-job', {
    job_type: 'createProtectionGroupNoCG',
    error_code: 'SDRS.0013',
    fail_reason: 'Injected for the task center',
  });
  const json = async (path: string) => (await simAsOperator('GET', path)).json();
  const created = await simCreateGroup(name);
  expect(created.status).toBe(200);
  const groupOf = async () =>
    ((await json(`/v1/{pid}/server-groups?name=${name}`)) as { server_groups: { id: string; status: string }[] })
      .server_groups[0];
  await expect.poll(async () => (await groupOf())?.status, { timeout: 20_000 }).toBe('error');
  return (await groupOf())?.id ?? '';
}

test.describe('as an operator', () => {
  test.use({ storageState: stateFile('operator') });

  test('a failed task shows its code, cause and remedy; dismissed, it leaves the task center and the overview', async ({
    page,
  }) => {
    const name = `e2e-task-${Date.now().toString(36)}`;
    const groupId = await failedGroup(name);
    try {
      await page.goto('/task-center');
      const row = page.getByRole('row', { name: new RegExp(name) });
      await expect(row).toContainText('SDRS.0013');
      await expect(row).toContainText('Injected for the task center');
      await expect(row).toContainText('The disaster recovery service had an internal error.');
      await expect(row).toContainText('Create protection group');
      await page.goto('/');
      await expect(page.getByText(`Failed task: ${name}`)).toBeVisible();

      await page.goto('/task-center');
      await page.getByRole('button', { name: `Dismiss ${name}`, exact: true }).click();
      await expect(page.getByRole('dialog')).toContainText('The failed resources stay as they are');
      await page.getByRole('dialog').getByRole('button', { name: 'Dismiss', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
      // Only that one: the seeded failure of another group is still listed.
      await expect(page.getByRole('row', { name: /billing-01/ })).toBeVisible();
      await page.goto('/');
      await expect(page.getByText(`Failed task: ${name}`)).toHaveCount(0);
      await expect(page.getByText(/Failed task: billing-01/)).toBeVisible();
    } finally {
      await simAsOperator('DELETE', `/v1/{pid}/server-groups/${groupId}`);
    }
  });
});

/** A group of its own with two failed protected-instance creates in it. */
async function groupWithTwoFailures(name: string): Promise<string> {
  const groupId = await simGroup(`${name}-g`);
  for (const n of [1, 2]) {
    await simControl('/faults/fail-next-job', { job_type: 'createProtectedInstanceNoCG', error_code: 'SDRS.1350' });
    const server = await simServer(`${name}-srv${n}`);
    const res = await simAsOperator('POST', '/v1/{pid}/protected-instances', {
      protected_instance: { server_group_id: groupId, server_id: server, name: `${name}-${n}` },
    });
    const { job_id } = (await res.json()) as { job_id: string };
    await expect(simJobDone(job_id)).rejects.toThrow('SDRS.1350');
  }
  return groupId;
}

test.describe('as an operator, in bulk', () => {
  test.use({ storageState: stateFile('operator') });

  test('dismissing all of a group leaves the other groups’ tasks', async ({ page }) => {
    const name = unique('e2e-tasks');
    await groupWithTwoFailures(name);
    await page.goto('/task-center');
    const section = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${name}-g`) }) });
    await expect(section.getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: `Dismiss all of ${name}-g`, exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText(`The 2 failed tasks of ${name}-g will`);
    await page.getByRole('dialog').getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('heading', { name: new RegExp(`^${name}-g`) })).toHaveCount(0);
    await expect(page.getByRole('row', { name: /billing-01/ })).toBeVisible();
  });

  test('dismissing all empties the task center', async ({ page }) => {
    // Everything is dismissed, the seeded task too: it is put back afterwards for the other journeys.
    const saved = await (await simControl('/failure-jobs', undefined, 'GET')).json();
    try {
      await groupWithTwoFailures(unique('e2e-all'));
      await page.goto('/task-center');
      await page.getByRole('button', { name: /^Dismiss all \d+ failed tasks$/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Dismiss', exact: true }).click();
      await expect(page.getByText('No failed tasks', { exact: true })).toBeVisible();
      await page.goto('/');
      await expect(page.getByText(/^Failed task:/)).toHaveCount(0);
    } finally {
      await simControl('/failure-jobs', saved);
    }
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateFile('viewer') });

  test('sees the failed tasks but may dismiss none', async ({ page }) => {
    await page.goto('/task-center');
    await expect(page.getByRole('row', { name: /billing-01/ })).toContainText('EVS.2024');
    await expect(page.getByRole('button', { name: /^Dismiss all/ }).first()).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Dismiss billing-01', exact: true })).toBeDisabled();
  });
});
