import { expect, test, type Page } from '@playwright/test';
import { simGroup, simInstance, simPair, simProtect, simServer, simServerDetail, simVolume, unique } from './fixtures';
import { actionOf } from './inventory';
import { postAction, reasonOf, runJobAction, simAsOperator, simControl, simRequestCounts, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

const jobStatus = (page: Page) => page.locator('[data-job-status]');

test('an operator changes a protected instance: flavor, NICs, disks, capacity, tags and name', async ({ page }) => {
  test.setTimeout(180_000);
  const name = unique('e2e-day2');
  const groupId = await simGroup(`${name}-g`);
  const serverId = await simServer(`${name}-srv`, { status: 'SHUTOFF', dataDisks: [20] });
  const instanceId = await simProtect(groupId, serverId, name);
  const url = `/protected-instances/${instanceId}`;
  const drServer = (await simInstance(instanceId)).target_server;

  // Flavor: both servers are stopped; the sold-out flavor is offered never, with the reason.
  await page.goto(url);
  await page.getByRole('button', { name: 'Change flavor', exact: true }).click();
  const resize = page.getByRole('dialog');
  await expect(resize.getByText('Not available: Sold out in the DR AZ.')).toBeVisible();
  await expect(resize.getByLabel(/^c4\.xlarge\.2/)).toBeDisabled();
  await resize.getByLabel(/^s3\.xlarge\.2/).check();
  await resize.getByRole('button', { name: 'Change flavor', exact: true }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
  expect((await simServerDetail(serverId)).flavor.id).toBe('s3.xlarge.2');
  expect((await simServerDetail(drServer)).flavor.id).toBe('s3.xlarge.2');

  // NICs: the primary one cannot go; an extension NIC with a fixed IP is added, then deleted.
  await page.goto(url);
  const primaryIp = Object.values((await simServerDetail(serverId)).addresses)[0]?.[0]?.addr;
  await expect(reasonOf(page, `Delete NIC ${primaryIp}`)).toContainText(
    'The primary NIC cannot be deleted. (would fail with SDRS.1311)',
  );
  await runJobAction(page, 'Add NIC', 'Add NIC', async (d) => {
    await d.getByLabel('Subnet').selectOption({ label: 'subnet-db (192.168.2.0/24)' });
    await d.getByLabel('Sys-default').check();
    await d.getByLabel('Fixed IP address (optional)').fill('192.168.2.1');
    await d.getByRole('button', { name: 'Add NIC', exact: true }).click();
    await expect(d.getByText(/gateway.*SDRS\.0219/)).toBeVisible();
    await d.getByLabel('Fixed IP address (optional)').fill('192.168.2.177');
  });
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'NICs (2 of at most 12)' })).toBeVisible();
  const nics = page.locator('section', { has: page.getByRole('heading', { name: /^NICs/ }) });
  await expect(nics.getByRole('listitem').filter({ hasText: '192.168.2.177' })).toContainText('subnet-db');
  await runJobAction(page, 'Delete NIC 192.168.2.177', 'Delete NIC');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'NICs (1 of at most 12)' })).toBeVisible();

  // Disks: the data disk is detached, then attached again under another free device name.
  const dataPair = (await simInstance(instanceId)).attachment.find((a) => a.device === '/dev/vdb')?.replication ?? '';
  const disks = page.locator('section', { has: page.getByRole('heading', { name: /Replicated disks/ }) });
  await disks.getByRole('listitem').filter({ hasText: '/dev/vdb' }).getByRole('button', { name: 'Detach' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Detach', exact: true }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
  expect((await simPair(dataPair)).attachment).toEqual([]);
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Replicated disks (1)' })).toBeVisible();
  await runJobAction(page, 'Attach replication pair', 'Attach', async (d) => {
    await expect(d.getByLabel('Device name').locator('option', { hasText: '/dev/vdb' })).toHaveCount(1);
    await d.getByLabel('Device name').selectOption('/dev/vdc');
  });
  expect((await simPair(dataPair)).attachment.map((a) => a.device)).toEqual(['/dev/vdc']);

  // The pair: renamed, then grown; it never shrinks.
  await page.goto(`/replication-pairs/${dataPair}`);
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByRole('dialog').getByLabel('New name').fill(`${name}-data`);
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}-data` })).toBeVisible();
  await expect(page.getByText('20 GB on each side.')).toBeVisible();
  await page.getByRole('button', { name: 'Expand', exact: true }).click();
  const expand = page.getByRole('dialog');
  await expect(expand.getByText('A disk cannot be shrunk, and an expansion cannot be undone.')).toBeVisible();
  await expand.getByLabel(/New size in GB/).fill('20');
  await expand.getByRole('button', { name: 'Expand', exact: true }).click();
  await expect(expand.getByText(/more than the current 20 GB.*SDRS\.0201/)).toBeVisible();
  await expand.getByLabel(/New size in GB/).fill('35');
  await expand.getByRole('button', { name: 'Expand', exact: true }).click();
  await page.waitForURL(/\/jobs\//);
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
  const [prodVolume, drVolume] = (await simPair(dataPair)).volume_ids.split(',');
  expect((await simVolume(prodVolume ?? '')).size).toBe(35);
  expect((await simVolume(drVolume ?? '')).size).toBe(35);

  // Tags: added, changed and removed in one list; the dialog closes on the saved list.
  await page.goto(url);
  await page.getByRole('button', { name: 'Edit tags', exact: true }).click();
  let tags = page.getByRole('dialog');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByLabel('Tag 1 key').fill('env');
  await tags.getByLabel('Tag 1 value').fill('prod');
  await tags.getByRole('button', { name: 'Add tag' }).click();
  await tags.getByLabel('Tag 2 key').fill('owner');
  await tags.getByLabel('Tag 2 value').fill('ops');
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('env=prod, owner=ops')).toBeVisible();
  await page.getByRole('button', { name: 'Edit tags', exact: true }).click();
  tags = page.getByRole('dialog');
  await tags.getByLabel('Tag 1 value').fill('staging');
  await tags.getByRole('button', { name: 'Remove tag 2' }).click();
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await simInstance(instanceId)).tags).toEqual([{ key: 'env', value: 'staging' }]);

  // Rename.
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await page.getByRole('dialog').getByLabel('New name').fill(`${name}-renamed`);
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}-renamed` })).toBeVisible();
});

test('batch delete deletes the instances that can go and says why one cannot', async ({ page, request }) => {
  test.setTimeout(120_000);
  const name = unique('e2e-batch');
  const groupId = await simGroup(`${name}-g`);
  const ids: string[] = [];
  for (const n of [1, 2, 3])
    ids.push(await simProtect(groupId, await simServer(`${name}-srv${n}`, { status: 'SHUTOFF' }), `${name}-${n}`));
  // The third is busy changing its flavor, slowly enough to stay so while the batch runs.
  await simControl('/time-scale', { scale: 100 }, 'PUT');
  await simAsOperator('POST', `/v1/{pid}/protected-instances/${ids[2]}/resize`, {
    resize: { flavorRef: 's3.xlarge.2' },
  });
  await simControl('/time-scale', { scale: 0.05 }, 'PUT');

  await page.goto(`/protected-instances?name=${name}`);
  for (const n of [1, 2, 3]) await page.getByLabel(`Select ${name}-${n}`).check();
  await page.getByRole('button', { name: 'Delete selected (3)' }).click();
  const dialog = page.getByRole('dialog');
  const selected = dialog.getByRole('list', { name: 'Selected instances' });
  await expect(selected.getByRole('listitem').filter({ hasText: `${name}-1` })).toContainText('can be deleted');
  await expect(selected.getByRole('listitem').filter({ hasText: `${name}-3` })).toContainText(
    'cannot be deleted: The instance is Changing flavor; wait for its operation to end. (would fail with SDRS.1301)',
  );
  await dialog.getByRole('button', { name: 'Delete 2 of 3' }).click();
  const done = dialog.getByRole('list', { name: 'What was done' });
  await expect(done.getByRole('listitem')).toHaveCount(2);
  await expect(done.getByRole('link', { name: 'deletion started' })).toHaveCount(2);
  await expect
    .poll(
      async () =>
        (
          await Promise.all(
            ids.map((id) =>
              simInstance(id).then(
                (i) => i.status,
                () => 'gone',
              ),
            ),
          )
        ).join(','),
      {
        timeout: 30_000,
      },
    )
    .toBe('gone,gone,resizing');

  // The same batch sent twice (a retry, a second tab) deletes once and answers with the same job.
  const fourth = await simProtect(groupId, await simServer(`${name}-srv4`), `${name}-4`);
  const input = { instanceIds: [fourth], deleteDrServer: true, releaseEip: false, idempotencyKey: crypto.randomUUID() };
  const batch = actionOf('app/(console)/protected-instances/actions.ts', 'deleteProtectedInstances');
  await simControl('/stats', undefined, 'DELETE');
  const jobOf = async () =>
    /"jobId":"([0-9a-f-]{36})"/.exec(await (await postAction(request, batch, input)).text())?.[1];
  const first = await jobOf();
  expect(first).toBeDefined();
  expect(await jobOf()).toBe(first);
  expect((await simRequestCounts())['DELETE /v1/:project_id/protected-instances/:id']).toBe(1);
});

test('tag search finds exactly the instances that carry every given tag', async ({ page }) => {
  test.setTimeout(120_000);
  const name = unique('e2e-tags');
  const run = name.replace(/[^A-Za-z0-9]/g, '');
  const groupId = await simGroup(`${name}-g`);
  const tagged = async (n: string, tags: { key: string; value: string }[]) =>
    simProtect(groupId, await simServer(`${name}-${n}`), `${name}-${n}`, tags);
  await tagged('both', [
    { key: 'env', value: run },
    { key: 'team', value: 'blue' },
  ]);
  await tagged('env', [{ key: 'env', value: run }]);
  await tagged('team', [{ key: 'team', value: 'blue' }]);

  await page.goto('/protected-instances');
  await page.getByLabel('Tags (all of them)').fill(`env=${run}, team=blue`);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2); // header + one
  await expect(rows.nth(1)).toContainText(`${name}-both`);
  await page.getByLabel('Tags (all of them)').fill(`env=${run}`);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('table')).not.toContainText(`${name}-team`);
});

test('a failed create is cleaned up and the server protected again, all from the console', async ({ page }) => {
  test.setTimeout(150_000);
  const name = unique('e2e-redo');
  const groupId = await simGroup(`${name}-g`);
  const server = `${name}-srv`;
  await simServer(server, { dataDisks: [10] });
  const protect = async () => {
    await page.goto(`/protected-instances/new?group=${groupId}`);
    await page.getByLabel(new RegExp(`^${server} `)).check();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Create protected instance' }).click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
  };

  await simControl('/faults/fail-next-job', {
    job_type: 'createProtectedInstanceNoCG',
    sub_job_type: 'createReplicationPairNoCG',
    error_code: 'SDRS.1609',
    fail_reason: 'Failed to create the replication pair',
  });
  await protect();
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'FAIL', { timeout: 20_000 });
  const failure = page.getByRole('alert').filter({ hasText: 'failed.' });
  await expect(failure).toContainText(/Way out\s*Creating this instance failed\. Delete it/);
  await failure.getByRole('link', { name: `Delete protected instance on ${name}` }).click();

  // The instance page offers the way out itself, with the same delete as ever.
  const wayOut = page.getByRole('region', { name: 'Way out' });
  await expect(wayOut).toContainText('Creating this instance failed.');
  await runJobAction(page, 'Delete protected instance', 'Delete the instance');
  const kept = page.getByRole('link', { name: /^Delete the kept replication pair / });
  await expect(kept).toHaveCount(2);

  // Its pairs failed with it and stay behind; each is deleted from its page.
  const pairPages = await kept.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of pairPages) {
    await page.goto(href);
    await expect(page.getByRole('region', { name: 'Way out' })).toContainText('Creating this pair failed.');
    await runJobAction(page, 'Delete replication pair', 'Delete the pair');
  }

  // The server can be protected again, and this time it works.
  await protect();
  await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });

  // The cloud keeps the old failed task; the task center says it is resolved.
  await page.goto('/task-center');
  await expect(
    page.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Create protected instance' }),
  ).toContainText('Resolved: the resource no longer exists. Dismiss the task.');
});
