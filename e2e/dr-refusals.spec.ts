import { expect, test, type APIRequestContext } from '@playwright/test';
import { actionOf } from './inventory';
import { postAction, simAsOperator, simControl, simRequestCounts, stateFile, reasonOf } from './support';

/**
 * Actions the pre-flight rules refuse: the button says why with the code it prevents, and the
 * server refuses the action when it is sent anyway, with nothing sent to the cloud.
 */
const groupAction = (name: string) => actionOf('app/(console)/protection-groups/[id]/actions.ts', name);
const writes = async () =>
  Object.keys(await simRequestCounts()).filter(
    (route) => !route.startsWith('GET ') && route !== 'POST /v3/auth/tokens',
  );

async function groupId(name: string): Promise<string> {
  const groups = (
    (await (await simAsOperator('GET', '/v1/{pid}/server-groups')).json()) as {
      server_groups: { id: string; name: string }[];
    }
  ).server_groups;
  const found = groups.find((g) => g.name === name);
  if (!found) throw new Error(`no group ${name}`);
  return found.id;
}

async function vpcId(name: string): Promise<string> {
  const vpcs = (
    (await (await simAsOperator('GET', '/v1/{pid}/vpcs')).json()) as { vpcs: { id: string; name: string }[] }
  ).vpcs;
  return vpcs.find((v) => v.name === name)?.id ?? '';
}

/** Sends an action straight to the server, as a script or a stale page would. */
async function sendAnyway(request: APIRequestContext, action: string, input: Record<string, unknown>) {
  const res = await postAction(request, groupAction(action), { ...input, idempotencyKey: crypto.randomUUID() });
  return res.text();
}

test.describe('as an operator', () => {
  test.use({ storageState: stateFile('operator') });

  test('refusals show their reason and code, and send nothing to the cloud', async ({ page, request }) => {
    const erp = await groupId('erp-prod');
    const crm = await groupId('crm-staging');
    await simControl('/stats', undefined, 'DELETE');

    // A planned failover while erp-prod's production servers run.
    await page.goto(`/protection-groups/${erp}`);
    await page.getByRole('button', { name: 'Planned failover', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Stop 2 running servers' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Start the planned failover' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    expect(await sendAnyway(request, 'switchover', { groupId: erp })).toMatch(
      /production site must be stopped first.*SDRS\.1319/,
    );

    // Re-protect of a group that has not failed over.
    await expect(reasonOf(page, 'Re-protect')).toContainText('SDRS.1002');
    expect(await sendAnyway(request, 'reprotect', { groupId: erp })).toContain('SDRS.1002');

    // Deleting a group that still has instances and pairs: the reason names what is left.
    await expect(page.getByRole('button', { name: 'Delete group', exact: true })).toBeDisabled();
    await expect(reasonOf(page, 'Delete group')).toContainText(/2 protected instance\(s\).*SDRS\.1001/);
    await expect(
      page.getByText(/^Left in the group:/).getByRole('link', { name: '2 protected instances' }),
    ).toHaveAttribute('href', `/protection-groups/${erp}?tab=instances`);
    expect(await sendAnyway(request, 'deleteProtectionGroup', { groupId: erp, confirmName: 'erp-prod' })).toContain(
      'SDRS.1001',
    );

    // A drill in a VPC with another CIDR: shown unavailable with the reason, refused when sent.
    await page.goto(`/protection-groups/${erp}?tab=drills`);
    await page.getByRole('button', { name: 'Create DR drill', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Use an existing VPC').check();
    await expect(page.getByRole('dialog').getByLabel(/^vpc-analytics/)).toBeDisabled();
    await expect(page.getByRole('dialog').getByText(/CIDR 10\..*SDRS\.1909/)).toBeVisible();
    await expect(page.getByRole('dialog').getByLabel(/^vpc-drill/)).toBeEnabled();
    await page.keyboard.press('Escape');
    expect(
      await sendAnyway(request, 'createDrill', {
        groupId: erp,
        name: 'wrong-cidr',
        vpc: 'existing',
        vpcId: await vpcId('vpc-analytics'),
      }),
    ).toMatch(/"vpcId":"CIDR .*SDRS\.1909/);

    // Failover of a group that is only Available.
    await page.goto(`/protection-groups/${crm}`);
    await expect(page.getByRole('button', { name: 'Failover', exact: true })).toBeDisabled();
    await expect(reasonOf(page, 'Failover')).toContainText(
      /A failover is possible when the group is Protected.*SDRS\.1002/,
    );
    expect(await sendAnyway(request, 'failover', { groupId: crm, confirmName: 'crm-staging' })).toContain('SDRS.1002');

    // A failover confirmed with the wrong name.
    expect(await sendAnyway(request, 'failover', { groupId: erp, confirmName: 'erp' })).toContain(
      "Type the group's name, erp-prod, to confirm.",
    );

    expect(await writes()).toEqual([]);
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateFile('viewer') });

  test('no action of a group is enabled, and each says why', async ({ page }) => {
    await page.goto(`/protection-groups/${await groupId('erp-prod')}`);
    for (const label of [
      'Rename',
      'Enable protection',
      'Disable protection',
      'Planned failover',
      'Failover',
      'Re-protect',
      'Delete group',
    ]) {
      await expect(page.getByRole('button', { name: label, exact: true })).toBeDisabled();
      await expect(reasonOf(page, label)).toHaveText('Your role (Viewer) cannot do this.');
    }
    await expect(page.getByRole('button', { name: /^(Start|Stop) / })).toHaveCount(0);
    await page.goto(`/protection-groups/${await groupId('erp-prod')}?tab=drills`);
    await expect(page.getByRole('button', { name: 'Create DR drill', exact: true })).toBeDisabled();
    await page.goto('/protection-groups');
    await expect(page.getByRole('button', { name: 'Create protection group' })).toBeDisabled();
  });
});
