import { expect, test, type Page } from '@playwright/test';
import { auditRows, ledgerRows } from './store';
import { simAsOperator, simControl, stateFile } from './support';

test.use({ storageState: stateFile('support') });

/** Opens the form for crm-staging, picks the server and names the instance. */
async function fillForm(page: Page, server: string, name: string) {
  await page.goto('/protected-instances');
  await page.getByRole('link', { name: 'Create protected instance' }).click();
  await page.getByLabel(/crm-staging/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel(new RegExp(`^${server} `)).check();
  await page.getByLabel('Name', { exact: true }).fill(name);
}

async function submitFromReview(page: Page) {
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await page.getByRole('button', { name: 'Create protected instance' }).click();
  await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
}

const jobStatus = (page: Page) => page.locator('[data-job-status]');

test.describe('create protected instance', () => {
  test('bad input is explained at each field and never sent', async ({ page }) => {
    const actions: string[] = [];
    page.on('request', (r) => {
      if (r.headers()['next-action']) actions.push(r.url());
    });
    await page.goto('/protected-instances/new');
    await page.getByLabel(/crm-staging/).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Servers that cannot be protected are shown, disabled, with the reason.
    await expect(page.getByLabel(/^report-01 /)).toBeDisabled();
    await expect(
      page.getByText("Not available: In eu-de-02; the group's production AZ is eu-de-01.").first(),
    ).toBeVisible();
    await expect(page.getByLabel(/^files-01 /)).toBeDisabled();
    await expect(page.getByText(/shared disk is attached/)).toBeVisible();
    await expect(page.getByText(/Already protected by web-01/)).toBeVisible();
    await expect(page.getByText(/Status ERROR/)).toBeVisible();
    await expect(page.getByText(/another VPC/).first()).toBeVisible();

    await page.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByText('Choose the production server.')).toBeVisible();
    await expect(page.getByText('Enter a name.')).toBeVisible();

    const name = page.getByLabel('Name', { exact: true });
    await name.fill('a'.repeat(65));
    await expect(page.getByText('65 / 64 bytes')).toBeVisible();
    await expect(page.getByText('A name has at most 64 bytes.')).toBeVisible();
    await name.fill('a'.repeat(64));
    await expect(page.getByText('64 / 64 bytes')).toBeVisible();
    await expect(page.getByText('A name has at most 64 bytes.')).toHaveCount(0);
    await name.fill('größe');
    await expect(page.getByText(/Use only letters/)).toBeVisible();
    await page.getByLabel(/Description/).fill('€'.repeat(22));
    await expect(page.getByText('66 / 64 bytes')).toBeVisible();
    await page.getByLabel(/Description/).fill('<b>bold</b>');
    await page.getByLabel(/Description/).blur();
    await expect(page.getByText('A description cannot contain < or >.')).toBeVisible();

    await page.getByLabel('Primary subnet').selectOption({ label: 'subnet-app (192.168.1.0/24)' });
    await page.getByLabel('Primary IP').fill('192.168.2.10');
    await page.getByLabel('Primary IP').blur();
    await expect(page.getByText('The address must be inside the subnet 192.168.1.0/24.')).toBeVisible();
    await page.getByLabel('Primary IP').fill('192.168.1.1');
    await page.getByLabel('Primary IP').blur();
    await expect(page.getByText("192.168.1.1 is the subnet's gateway.")).toBeVisible();
    await expect(page.getByLabel('Flavor')).toContainText('c4.xlarge.2 · 4 vCPU · 8 GiB · sold out in this AZ');

    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel('Tag 1 key').fill('env');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel('Tag 2 key').fill('env');
    for (let i = 3; i <= 10; i++) await page.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('button', { name: 'Add tag' })).toBeDisabled();
    await page.getByLabel('Tag 3 key').fill('k'.repeat(37));

    await page.getByRole('button', { name: 'Review' }).click();
    await expect(page.getByText('The key "env" is already used.')).toBeVisible();
    await expect(page.getByText('A key has at most 36 characters.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Review' })).toHaveCount(0);
    expect(actions).toEqual([]);
  });

  test('a valid instance shows live progress to success and appears with its pairs', async ({ page }) => {
    const name = `e2e-app02-${Date.now().toString(36)}`;
    await fillForm(page, 'app-02', name);
    await page.getByLabel(/Description/).fill('from the e2e suite');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel('Tag 1 key').fill('owner');
    await page.getByLabel('Tag 1 value').fill('e2e');
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(
      page.getByText(/Create a DR server named app-02 in eu-de-02, flavor s3.large.2, stopped/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Create protected instance' }).click();
    await page.waitForURL(/\/jobs\//);
    await expect(page.getByRole('heading', { name: `Create protected instance: ${name}` })).toBeVisible();
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 20_000 });
    await expect(page.getByRole('list').getByText('Create DR server')).toBeVisible();
    await expect(page.getByText('Attach replication pair').first()).toBeVisible();
    await page.getByRole('link', { name: `Open ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('owner=e2e')).toBeVisible();
    await expect(page.getByText('/dev/vda')).toBeVisible();
    await page.goto(`/protected-instances?name=${name}`);
    await expect(page.getByRole('table', { name: 'Protected instances' }).getByRole('link', { name })).toBeVisible();
    await page.goto(`/replication-pairs?name=${name}`);
    await expect(page.getByText('1–1 of 1 replication pairs')).toBeVisible();
    await page.goto('/jobs');
    await expect(
      page.getByRole('table', { name: 'Jobs started from this console' }).getByRole('row', { name: new RegExp(name) }),
    ).toContainText('Succeeded');
  });

  test('a job the cloud fails shows the failed step, its code, cause and remedy, and what is left', async ({
    page,
  }) => {
    await simControl('/faults/fail-next-job', {
      job_type: 'createProtectedInstanceNoCG',
      sub_job_type: 'createReplicationPairNoCG',
      error_code: 'SDRS.1609',
      fail_reason: 'Failed to create the replication pair',
    });
    const name = `e2e-fail-${Date.now().toString(36)}`;
    await fillForm(page, 'cache-01', name);
    await submitFromReview(page);
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'FAIL', { timeout: 20_000 });
    const alert = page.getByRole('alert').filter({ hasText: 'failed.' });
    await expect(alert).toContainText('SDRS.1609');
    await expect(alert).toContainText(/Failed step\s*Create replication pair/);
    await expect(alert).toContainText('Failed to create the replication pair');
    await expect(alert).toContainText('The cloud could not create the replication pair.');
    await expect(alert).toContainText('What to do');
    // The DR server step had finished: what it made is named, not blamed.
    await expect(alert).toContainText(/Still in the cloud\s*a DR server \(step "Create DR server"\)/);
    await expect(alert).not.toContainText('could not create the DR server');
    await expect(alert).toContainText('Creation failed');

    // The ledger, the Jobs page and the audit log tell the same story.
    const jobId = /\/jobs\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(ledgerRows({ id: jobId })).toMatchObject([{ status: 'FAIL', error_code: 'SDRS.1609' }]);
    await expect
      .poll(() => auditRows({ jobId }).map((r) => [r.action, r.outcome, r.error_code]))
      .toEqual([
        ['createProtectedInstance', 'ok', null],
        ['jobEnded', 'failed', 'SDRS.1609'],
      ]);
    await page.goto('/jobs?status=FAIL');
    await expect(
      page.getByRole('table', { name: 'Jobs started from this console' }).getByRole('row', { name: new RegExp(name) }),
    ).toContainText(/Failed.*SDRS\.1609/);
  });

  test('reloading mid-job keeps the progress, and a second browser sees the same job', async ({ page, browser }) => {
    await simControl('/time-scale', { scale: 0.6 }, 'PUT');
    try {
      const name = `e2e-slow-${Date.now().toString(36)}`;
      await fillForm(page, 'win-01', name);
      await submitFromReview(page);
      await expect(jobStatus(page)).toHaveAttribute('data-job-status', /INIT|RUNNING/);
      const url = page.url();
      await page.reload();
      await expect(jobStatus(page)).toHaveAttribute('data-job-status', /INIT|RUNNING/);
      await expect(page.getByTestId('running-jobs')).toHaveText('1 job running');

      const other = await browser.newContext({ storageState: stateFile('operator') });
      const second = await other.newPage();
      await second.goto(url);
      await expect(second.locator('[data-job-status]')).toHaveAttribute('data-job-status', /INIT|RUNNING/);
      await expect(second.getByText('Started by demo-support')).toBeVisible();
      // A list row in a transitional state updates without a reload.
      const list = await other.newPage();
      await list.goto(`/protected-instances?name=${name}`);
      const row = list.getByRole('table', { name: 'Protected instances' }).getByRole('row', { name: new RegExp(name) });
      await expect(row).toContainText('Creating');
      await expect(list.getByText('this page updates by itself')).toBeVisible();
      await expect(row).toContainText('Available', { timeout: 30_000 });
      await expect(page.getByText('Create DR server').first()).toBeVisible();
      await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 30_000 });
      // The header says so, and stops counting it.
      await expect(
        page.getByRole('status').filter({ hasText: `Create protected instance ${name} succeeded.` }),
      ).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId('running-jobs')).toHaveText('No jobs running');
      await expect(second.locator('[data-job-status]')).toHaveAttribute('data-job-status', 'SUCCESS', {
        timeout: 10_000,
      });
      await other.close();
    } finally {
      await simControl('/time-scale', { scale: 0.05 }, 'PUT');
    }
  });

  test('a double click creates one instance and one job', async ({ page }) => {
    const name = `e2e-dbl-${Date.now().toString(36)}`;
    await fillForm(page, 'app-01', name);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Create protected instance' }).dblclick();
    await page.waitForURL(/\/jobs\//);
    await expect(jobStatus(page)).toHaveAttribute('data-job-status', 'SUCCESS', { timeout: 20_000 });
    const list = (await (await simAsOperator('GET', `/v1/{pid}/protected-instances?name=${name}`)).json()) as {
      count: number;
    };
    expect(list.count).toBe(1);
    await page.goto('/jobs');
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: stateFile('viewer') });

  test('the create button is disabled with the reason, and the form is refused', async ({ page }) => {
    await page.goto('/protected-instances');
    await expect(page.getByRole('button', { name: 'Create protected instance' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Create protected instance' })).toHaveAccessibleDescription(
      'Your role (Viewer) cannot do this.',
    );
    await page.goto('/protected-instances/new');
    await expect(page.getByRole('alert').filter({ hasText: 'cannot do this' })).toContainText(
      'needs the Support or Operator role',
    );
  });
});
