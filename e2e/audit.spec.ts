import { expect, test } from '@playwright/test';
import { actionOf } from './inventory';
import { auditRows } from './store';
import { postAction, signInWithPassword, stateFile } from './support';

test('sign-ins are recorded, failed ones with their code, never with the password', async ({ page }) => {
  const user = `audit-${Date.now().toString(36)}`;
  await page.goto('/sign-in');
  await signInWithPassword(page, user, 'a-wrong-password-123');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  const failed = auditRows({ action: 'signInWithPassword' }).filter((r) => r.user_name === `demo/${user}`);
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatchObject({ outcome: 'denied', error_code: '401' });
  expect(failed[0]?.params).not.toContain('a-wrong-password-123');

  await signInWithPassword(page, 'demo-operator');
  await page.waitForURL('/');
  expect(
    auditRows({ action: 'signInWithPassword' }).some((r) => r.user_name === 'demo-operator' && r.outcome === 'ok'),
  ).toBe(true);
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateFile('viewer') });

  test('a refused action is recorded as denied', async ({ request }) => {
    const before = auditRows({ action: 'createReplicationPair' }).filter((r) => r.outcome === 'denied').length;
    const res = await postAction(
      request,
      actionOf('app/(console)/replication-pairs/new/actions.ts', 'createReplicationPair'),
    );
    expect(await res.text()).toContain('"forbidden"');
    const after = auditRows({ action: 'createReplicationPair' }).filter((r) => r.outcome === 'denied');
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.user_name).toBe('demo-viewer');
  });
});
