import { expect, test, type APIRequestContext } from '@playwright/test';
import { simGroup, simInstance, simProtect, simServer, simServerDetail, unique } from './fixtures';
import { actionOf } from './inventory';
import { postAction, simControl, simRequestCounts, stateFile, reasonOf } from './support';

/**
 * Day-two refusals: the control says why with the code it prevents, and the server refuses the
 * action when it is sent anyway, with nothing sent to the cloud.
 */
const INSTANCE_ACTIONS = 'app/(console)/protected-instances/[id]/actions.ts';
const PAIR_ACTIONS = 'app/(console)/replication-pairs/[id]/actions.ts';

const writes = async () =>
  Object.keys(await simRequestCounts()).filter(
    (route) => !route.startsWith('GET ') && route !== 'POST /v3/auth/tokens',
  );

async function sendAnyway(request: APIRequestContext, file: string, action: string, input: Record<string, unknown>) {
  const res = await postAction(request, actionOf(file, action), { ...input, idempotencyKey: crypto.randomUUID() });
  return res.text();
}

/** A running server with a data disk, protected in a group of its own. */
async function runningInstance(prefix: string) {
  const name = unique(prefix);
  const groupId = await simGroup(`${name}-g`);
  const serverId = await simServer(`${name}-srv`, { dataDisks: [20] });
  const instanceId = await simProtect(groupId, serverId, name);
  return { name, serverId, instanceId };
}

test.describe('as an operator', () => {
  test.use({ storageState: stateFile('operator') });

  test('day-two refusals show their reason and code, and send nothing to the cloud', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { instanceId, serverId } = await runningInstance('e2e-refuse');
    const pi = await simInstance(instanceId);
    const system = pi.attachment.find((a) => a.device === '/dev/vda')?.replication ?? '';
    const data = pi.attachment.find((a) => a.device === '/dev/vdb')?.replication ?? '';
    const primary = Object.values((await simServerDetail(serverId)).addresses)[0]?.[0];
    await page.goto(`/protected-instances/${instanceId}`);
    await simControl('/stats', undefined, 'DELETE');

    // The system disk of a running server stays; its data disk could go.
    const disks = page.locator('section', { has: page.getByRole('heading', { name: /Replicated disks/ }) });
    const systemRow = disks.getByRole('listitem').filter({ hasText: '/dev/vda' });
    await expect(systemRow.getByRole('button', { name: 'Detach' })).toBeDisabled();
    await expect(systemRow).toContainText('stop the server before detaching it. (would fail with SDRS.1316)');
    await expect(
      disks.getByRole('listitem').filter({ hasText: '/dev/vdb' }).getByRole('button', { name: 'Detach' }),
    ).toBeEnabled();
    expect(await sendAnyway(request, INSTANCE_ACTIONS, 'detachPair', { instanceId, pairId: system })).toContain(
      'SDRS.1316',
    );

    // A flavor change while the servers run.
    await page.getByRole('button', { name: 'Change flavor', exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText(/Stop .* first: a flavor changes only on a stopped server/);
    await page.keyboard.press('Escape');
    expect(
      await sendAnyway(request, INSTANCE_ACTIONS, 'resizeInstance', {
        instanceId,
        target: 'both',
        flavorId: 's3.xlarge.2',
      }),
    ).toContain('SDRS.1352');

    // The primary NIC.
    await expect(reasonOf(page, `Delete NIC ${primary?.addr}`)).toContainText('SDRS.1311');
    expect(
      await sendAnyway(request, INSTANCE_ACTIONS, 'deleteInstanceNic', {
        instanceId,
        portId: primary?.['OS-EXT-IPS:port_id'],
      }),
    ).toContain('SDRS.1311');

    // A fixed IP outside the subnet, in the dialog and sent anyway.
    await page.getByRole('button', { name: 'Add NIC', exact: true }).click();
    const nic = page.getByRole('dialog');
    await nic.getByLabel('Subnet').selectOption({ label: 'subnet-app (192.168.1.0/24)' });
    await nic.getByLabel('Fixed IP address (optional)').fill('10.0.0.5');
    await nic.getByRole('button', { name: 'Add NIC', exact: true }).click();
    await expect(
      nic.getByText('The address must be inside the subnet 192.168.1.0/24. (would fail with SDRS.0219)'),
    ).toBeVisible();
    const subnet = await nic.getByLabel('Subnet').inputValue();
    await page.keyboard.press('Escape');
    expect(
      await sendAnyway(request, INSTANCE_ACTIONS, 'addInstanceNic', {
        instanceId,
        subnetId: subnet,
        securityGroupIds: [],
        ip: '10.0.0.5',
      }),
    ).toContain('SDRS.0219');

    // An eleventh tag: the dialog stops at ten, the server refuses eleven.
    await page.getByRole('button', { name: 'Edit tags', exact: true }).click();
    const tags = page.getByRole('dialog');
    for (let i = 1; i <= 10; i++) await tags.getByRole('button', { name: 'Add tag' }).click();
    await expect(tags.getByRole('button', { name: 'Add tag' })).toBeDisabled();
    await expect(tags.getByText('That is the most tags an instance can have in the console')).toBeVisible();
    await page.keyboard.press('Escape');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(await sendAnyway(request, INSTANCE_ACTIONS, 'editInstanceTags', { instanceId, tags: eleven })).toContain(
      'SDRS.2203',
    );

    // Expanding to the size it has.
    expect(await sendAnyway(request, PAIR_ACTIONS, 'expandPair', { pairId: data, newSize: 20 })).toContain('SDRS.0201');
    expect(await sendAnyway(request, PAIR_ACTIONS, 'expandPair', { pairId: data, newSize: 10 })).toContain('SDRS.0201');

    expect(await writes()).toEqual([]);
  });
});

test.describe('as support', () => {
  test.use({ storageState: stateFile('support') });

  test('support staff rename and edit tags; the rest is the operator’s', async ({ page }) => {
    test.setTimeout(90_000);
    const { instanceId, name } = await runningInstance('e2e-support');
    await page.goto(`/protected-instances/${instanceId}`);
    for (const button of ['Change flavor', 'Add NIC', 'Attach replication pair', 'Delete protected instance']) {
      await expect(page.getByRole('button', { name: button, exact: true })).toBeDisabled();
      await expect(reasonOf(page, button)).toHaveText('Your role (Support) cannot do this.');
    }
    await page.getByRole('button', { name: 'Edit tags', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel('Tag 1 key').fill('ticket');
    await page.getByLabel('Tag 1 value').fill('CS-1234');
    await page.getByRole('button', { name: 'Save tags' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('ticket=CS-1234')).toBeVisible();
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('dialog').getByLabel('New name').fill(`${name}-x`);
    await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${name}-x` })).toBeVisible();
  });
});
