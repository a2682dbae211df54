import { expect, test } from '@playwright/test';
import { actionOf, seedIds } from './inventory';
import { auditRows } from './store';
import { postAction, signInWithPassword, simControl, simRequestCounts, stateFile } from './support';

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

test.describe('as support', () => {
  test.use({ storageState: stateFile('support') });

  test('every create records invalid and pre-flight-refused attempts, and sends nothing', async ({ request }) => {
    const { group } = await seedIds();
    const missing = '00000000-0000-4000-8000-0000000000aa';
    const base = { name: `audit-${Date.now().toString(36)}`, description: '' };
    const creates = [
      {
        file: 'app/(console)/protected-instances/new/actions.ts',
        action: 'createProtectedInstance',
        refused: {
          ...base,
          serverGroupId: group,
          serverId: missing,
          subnetId: '',
          ipAddress: '',
          flavorRef: '',
          tags: [],
        },
      },
      {
        file: 'app/(console)/replication-pairs/new/actions.ts',
        action: 'createReplicationPair',
        refused: { ...base, serverGroupId: group, volumeId: missing },
      },
      {
        file: 'app/(console)/evs-replication-pairs/new/actions.ts',
        action: 'createEvsReplicationPair',
        refused: { ...base, productionVolumeId: missing, drVolumeId: `${missing.slice(0, -2)}bb` },
      },
    ];
    await simControl('/stats', undefined, 'DELETE');
    for (const create of creates) {
      const id = actionOf(create.file, create.action);
      const outcomes = () => auditRows({ action: create.action }).map((r) => r.outcome);
      const before = outcomes();
      const invalid = await postAction(request, id, { name: 'x'.repeat(65), idempotencyKey: crypto.randomUUID() });
      expect(await invalid.text(), create.action).toContain('fieldErrors');
      const refused = await postAction(request, id, { ...create.refused, idempotencyKey: crypto.randomUUID() });
      expect(await refused.text(), create.action).toContain('no longer exists');
      expect(outcomes().slice(before.length), create.action).toEqual(['invalid', 'refused']);
    }
    const writes = Object.keys(await simRequestCounts()).filter((route) => !route.startsWith('GET '));
    expect(writes.filter((route) => route !== 'POST /v3/auth/tokens')).toEqual([]);
  });
});
