import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { actionOf } from './inventory';
import { postAction, signInWithPassword, stateFile } from './support';

/** The audit log as the console stored it (the e2e console's own database file). */
function auditRows(
  action: string,
): { user_name: string; outcome: string; error_code: string | null; params: string }[] {
  const db = new Database('data/e2e-console.db', { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT user_name, outcome, error_code, params FROM audit_log WHERE action = ? ORDER BY id')
      .all(action) as never;
  } finally {
    db.close();
  }
}

test('sign-ins are recorded, failed ones with their code, never with the password', async ({ page }) => {
  const user = `audit-${Date.now().toString(36)}`;
  await page.goto('/sign-in');
  await signInWithPassword(page, user, 'a-wrong-password-123');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  const failed = auditRows('signInWithPassword').filter((r) => r.user_name === `demo/${user}`);
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatchObject({ outcome: 'denied', error_code: '401' });
  expect(failed[0]?.params).not.toContain('a-wrong-password-123');

  await signInWithPassword(page, 'demo-operator');
  await page.waitForURL('/');
  expect(auditRows('signInWithPassword').some((r) => r.user_name === 'demo-operator' && r.outcome === 'ok')).toBe(true);
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateFile('viewer') });

  test('a refused action is recorded as denied', async ({ request }) => {
    const before = auditRows('createReplicationPair').filter((r) => r.outcome === 'denied').length;
    const res = await postAction(
      request,
      actionOf('app/(console)/replication-pairs/new/actions.ts', 'createReplicationPair'),
    );
    expect(await res.text()).toContain('"forbidden"');
    const after = auditRows('createReplicationPair').filter((r) => r.outcome === 'denied');
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.user_name).toBe('demo-viewer');
  });
});
