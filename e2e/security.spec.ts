import { expect, test } from '@playwright/test';
import { actionOf } from './inventory';
import { postAction, stateFile } from './support';

test.describe('security headers', () => {
  test('pages, redirects, API answers and static files carry them', async ({ request, page }) => {
    const signIn = await request.get('/sign-in');
    const csp = signIn.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    const redirect = await request.get('/protection-groups', { maxRedirects: 0 });
    const api = await request.get('/api/session');
    await page.goto('/sign-in');
    const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
    const asset = await request.get(script ?? '');
    for (const res of [signIn, redirect, api, asset]) {
      expect(res.headers()['x-content-type-options'], res.url()).toBe('nosniff');
      expect(res.headers()['referrer-policy'], res.url()).toBe('same-origin');
      expect(res.headers()['x-frame-options'], res.url()).toBe('DENY');
    }
    for (const res of [redirect, api])
      expect(res.headers()['content-security-policy'], res.url()).toContain("frame-ancestors 'none'");
    // Each response has its own nonce.
    const again = (await request.get('/sign-in')).headers()['content-security-policy'];
    expect(again).not.toBe(csp);
  });

  test.describe('signed in', () => {
    test.use({ storageState: stateFile('operator') });

    test('pages run under the policy without violations', async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto('/protected-instances/new');
      await page.getByLabel(/crm-staging/).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Review' }).click();
      await expect(page.getByText('Choose the production server.')).toBeVisible();
      await page.goto('/protection-groups');
      await page.getByRole('button', { name: /^Name/ }).click();
      await expect(page).toHaveURL(/sort=name/);
      expect(violations).toEqual([]);
    });

    test('a server action posted from another site is refused before it runs', async ({ request }) => {
      const action = actionOf('app/(console)/actions.ts', 'signOut');
      const foreign = await postAction(request, action, {}, { origin: 'https://evil.example' });
      expect(foreign.status()).toBe(403);
      expect(await foreign.json()).toMatchObject({ error: 'forbidden-origin' });
      // The session survived: signOut never ran.
      expect((await request.get('/api/session')).status()).toBe(200);
    });
  });
});

test('a signed-in session cookie is httpOnly and SameSite, and plain HTTP on loopback drops Secure', async ({
  request,
}) => {
  const res = await postAction(
    request,
    actionOf('app/sign-in/actions.ts', 'signInAsDemoUser'),
    { user: 'demo-viewer', next: '/' },
    { page: '/sign-in' },
  );
  const cookie =
    res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value)
      .find((v) => v.startsWith('sdrs_session=')) ?? '';
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=lax/i);
  expect(cookie).not.toMatch(/;\s*Secure/i);
});
