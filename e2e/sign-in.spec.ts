import { expect, test } from '@playwright/test';
import { DEMO_AK, DEMO_PROJECT_ID, DEMO_SK, expectSignedInAs, signInWithPassword } from './support';

test.describe('sign-in', () => {
  test('a wrong password gets a clear error and keeps everything typed but the password', async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithPassword(page, 'demo-operator', 'not-the-password');
    await expect(page.getByRole('alert').first()).toContainText('The account name, user name or password is wrong.');
    await expect(page.getByLabel('IAM user name')).toHaveValue('demo-operator');
    await expect(page.getByLabel('Account name (domain)')).toHaveValue('demo');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an unknown project is pointed out at its field', async ({ page }) => {
    await page.goto('/sign-in');
    await signInWithPassword(page, 'demo-operator', undefined, 'eu-nl');
    await expect(page.getByLabel('Project', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('This project does not exist, or your user has no access to it.').first(),
    ).toBeVisible();
  });

  test('empty and malformed fields are refused in the browser before anything is sent', async ({ page }) => {
    await page.goto('/sign-in');
    let posted = false;
    page.on('request', (r) => {
      if (r.method() === 'POST') posted = true;
    });
    await page.getByLabel('Project', { exact: true }).fill('eu de!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('Enter the account (domain) name.')).toBeVisible();
    await expect(page.getByText('Enter your IAM user name.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    await expect(page.getByText('A project name or id has only letters, digits, - and _.')).toBeVisible();
    expect(posted).toBe(false);
  });

  test('signs in with an access key pair and gets the role of the key owner', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Access key (AK/SK)').check();
    await page.getByLabel('Access key (AK)').fill(DEMO_AK);
    await page.getByLabel('Secret key (SK)').fill(DEMO_SK);
    await page.getByLabel('Project id').fill(DEMO_PROJECT_ID);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('/');
    await expectSignedInAs(page, 'demo-operator', 'Operator');
    await page.goto('/protection-groups?name=erp-prod');
    await expect(page.getByRole('link', { name: 'erp-prod' })).toBeVisible();
  });

  test('a wrong secret key is refused and only the secret is cleared', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Access key (AK/SK)').check();
    await page.getByLabel('Access key (AK)').fill(DEMO_AK);
    await page.getByLabel('Secret key (SK)').fill('wrong-secret-key');
    await page.getByLabel('Project id').fill(DEMO_PROJECT_ID);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText('The access key or secret key is wrong, or it is not active.').first()).toBeVisible();
    await expect(page.getByLabel('Access key (AK)')).toHaveValue(DEMO_AK);
    await expect(page.getByLabel('Secret key (SK)')).toHaveValue('');
  });

  test('returns to the page asked for, and sign-out ends the session', async ({ page }) => {
    await page.goto('/replication-pairs?status=protected');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByRole('button', { name: 'Sign in as demo-support' }).click();
    await page.waitForURL('/replication-pairs?status=protected');
    await expectSignedInAs(page, 'demo-support', 'Support');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/protection-groups');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprotection-groups/);
  });

  test('a new sign-in issues a new session id', async ({ page, context }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in as demo-viewer' }).click();
    await page.waitForURL('/');
    const first = (await context.cookies()).find((c) => c.name === 'sdrs_session');
    expect(first?.httpOnly).toBe(true);
    expect(first?.sameSite).toBe('Lax');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('button', { name: 'Sign in as demo-viewer' }).click();
    await page.waitForURL('/');
    const second = (await context.cookies()).find((c) => c.name === 'sdrs_session');
    expect(second?.value).toBeTruthy();
    expect(second?.value).not.toBe(first?.value);
  });
});

test('after five failed sign-ins in a minute, the next is refused with the time to wait', async ({ page }) => {
  await page.goto('/sign-in');
  const user = `nobody-${Date.now().toString(36)}`;
  const password = page.getByLabel('Password', { exact: true });
  for (let i = 1; i <= 5; i++) {
    await signInWithPassword(page, user, `wrong-${i}`);
    // Each refusal clears the password: wait for it before the next try.
    await expect(password).toHaveValue('');
    await expect(page.getByRole('alert').filter({ hasText: 'password is wrong' })).toBeVisible();
  }
  await signInWithPassword(page, user, 'wrong-6');
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' })).toContainText(
    /Wait \d+ seconds/,
  );
  await expect(page.getByLabel('IAM user name')).toHaveValue(user);
  // Another user from the same address is not affected.
  await signInWithPassword(page, 'demo-viewer');
  await page.waitForURL('/');
});
