import { expect, test } from '@playwright/test';
import { actionOf } from './inventory';
import { auditRows } from './store';
import {
  BASE_URL,
  PROXY_ADDRESS,
  rawAction,
  rawRequest,
  setSessionCookie,
  simControl,
  simRequestCounts,
} from './support';

const demoSignIn = () => actionOf('app/sign-in/actions.ts', 'signInAsDemoUser');
const passwordSignIn = () => actionOf('app/sign-in/actions.ts', 'signInWithPassword');
const wrongPassword = (user: string) => ({ domain: 'demo', user, password: 'not-the-password', project: 'eu-de' });
const uniqueUser = (label: string) => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const cookiePair = (setCookie: string) => setCookie.split(';')[0] ?? '';
/** Where a server action sends the browser (`/path;push`), without the navigation mode. */
const actionRedirect = (headers: Record<string, string | string[] | undefined>) =>
  String(headers['x-action-redirect'] ?? '').split(';')[0];

test.describe('after sign-in, only this site', () => {
  const ESCAPES = ['/\t/evil.example/x', '/.//evil.example', '/..//evil.example'];

  test('the sign-in action never sends the browser to another site', async () => {
    for (const next of ESCAPES) {
      const res = await rawAction(demoSignIn(), { user: 'demo-viewer', next });
      expect(res.status, next).toBe(200);
      expect(actionRedirect(res.headers), next).toMatch(/^\/(?!\/)/);
      expect(actionRedirect(res.headers), next).not.toContain('evil.example');
    }
    const encoded = await rawAction(demoSignIn(), { user: 'demo-viewer', next: '/jobs?user=€' });
    expect(actionRedirect(encoded.headers)).toBe('/jobs?user=%E2%82%AC');
  });

  test('a signed-in visit to /sign-in never redirects off-site, and odd characters never give a 500', async () => {
    const signedIn = await rawAction(demoSignIn(), { user: 'demo-viewer', next: '/' });
    const cookie = cookiePair(setSessionCookie(signedIn.headers));
    for (const next of [...ESCAPES, '/jobs\n', '/x\u0000y', '/a\\b']) {
      const res = await rawRequest(`/sign-in?next=${encodeURIComponent(next)}`, { headers: { cookie } });
      expect(res.status, next).toBe(307);
      expect(res.headers.location, next).toBe('/');
    }
    for (const [query, location] of [
      ['next=/%09/evil.example/x', '/'],
      ['next=/.//evil.example', '/'],
      ['next=%2Fjobs%3Fuser%3D%E2%82%AC', '/jobs?user=%E2%82%AC'],
      ['next=%0A', '/'],
      ['next=%00', '/'],
      ['next=/jobs?user=%0A', '/'],
    ] as const) {
      const res = await rawRequest(`/sign-in?${query}`, { headers: { cookie } });
      expect(res.status, query).toBe(307);
      expect(res.headers.location, query).toBe(location);
    }
  });

  test('in a browser, a crafted next lands on the overview', async ({ page }) => {
    await page.goto(`/sign-in?next=${encodeURIComponent('/.//evil.example')}`);
    await page.getByRole('button', { name: 'Sign in as demo-viewer' }).click();
    await page.waitForURL(`${BASE_URL}/`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  });
});

test.describe('the sign-in limit', () => {
  test('counts the connection, not an X-Forwarded-For the client made up', async () => {
    const user = uniqueUser('spoof');
    for (let i = 0; i < 5; i++) {
      const res = await rawAction(passwordSignIn(), wrongPassword(user), {
        headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
      });
      expect(res.body).toContain('password is wrong');
    }
    const sixth = await rawAction(passwordSignIn(), wrongPassword(user), {
      headers: { 'X-Forwarded-For': '198.51.100.99' },
    });
    expect(sixth.body).toContain('Too many failed sign-ins');
  });

  test('cannot be used to lock out the address a client names, and follows a trusted proxy', async () => {
    const user = uniqueUser('victim');
    // An attacker claims to be the victim's address: the attempts count against the attacker.
    for (let i = 0; i < 6; i++)
      await rawAction(passwordSignIn(), wrongPassword(user), { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    const victim = await rawAction(passwordSignIn(), wrongPassword(user), {
      from: PROXY_ADDRESS,
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(victim.body).toContain('password is wrong');

    // Behind the trusted proxy, the client it names is the one counted.
    for (let i = 0; i < 4; i++)
      await rawAction(passwordSignIn(), wrongPassword(user), {
        from: PROXY_ADDRESS,
        headers: { 'X-Forwarded-For': '203.0.113.7' },
      });
    const limited = await rawAction(passwordSignIn(), wrongPassword(user), {
      from: PROXY_ADDRESS,
      headers: { 'X-Forwarded-For': 'made-up, 203.0.113.7' },
    });
    expect(limited.body).toContain('Too many failed sign-ins');
    const neighbour = await rawAction(passwordSignIn(), wrongPassword(user), {
      from: PROXY_ADDRESS,
      headers: { 'X-Forwarded-For': '203.0.113.8' },
    });
    expect(neighbour.body).toContain('password is wrong');
  });

  test('lets at most five of thirty parallel attempts reach a slow IAM', async () => {
    const user = uniqueUser('burst');
    await simControl('/stats', undefined, 'DELETE');
    await simControl('/faults/latency', { ms: 1500, match: 'POST /v3/auth/tokens' }, 'PUT');
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () => rawAction(passwordSignIn(), wrongPassword(user))),
      );
      expect(answers.filter((a) => a.body.includes('password is wrong'))).toHaveLength(5);
      expect(answers.filter((a) => a.body.includes('Too many failed sign-ins'))).toHaveLength(25);
    } finally {
      await simControl('/faults', undefined, 'DELETE');
    }
    expect((await simRequestCounts())['POST /v3/auth/tokens']).toBe(5);
  });

  test('folds refused attempts into one audit row per user, address and minute', async () => {
    const user = uniqueUser('flood');
    for (let i = 0; i < 20; i++) await rawAction(passwordSignIn(), wrongPassword(user));
    const rows = auditRows({ action: 'signInWithPassword' }).filter((r) => r.user_name === `demo/${user}`);
    const limited = rows.filter((r) => r.error_code === 'RATE_LIMITED');
    // Twenty attempts: five reach IAM, fifteen are refused; a minute boundary may split them in two.
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited.length).toBeLessThanOrEqual(2);
    expect(limited.reduce((n, r) => n + r.count, 0)).toBe(15);
    expect(rows.filter((r) => r.error_code === '401').reduce((n, r) => n + r.count, 0)).toBe(5);
  });
});

test.describe('cross-site requests', () => {
  const signOutId = () => actionOf('app/(console)/actions.ts', 'signOut');

  test('a no-JavaScript form post of a server action from anywhere else runs nothing', async () => {
    const signedIn = await rawAction(demoSignIn(), { user: 'demo-viewer', next: '/' });
    const cookie = cookiePair(setSessionCookie(signedIn.headers));
    const boundary = '----console-test';
    const multipart = [`--${boundary}`, `Content-Disposition: form-data; name="$ACTION_ID_${signOutId()}"`, '', '']
      .concat([`--${boundary}--`, ''])
      .join('\r\n');
    const encodings = [
      { 'Content-Type': `multipart/form-data; boundary=${boundary}`, body: multipart },
      { 'Content-Type': 'application/x-www-form-urlencoded', body: `$ACTION_ID_${signOutId()}=` },
    ];
    for (const origin of [undefined, 'null', 'https://evil.example']) {
      for (const { body, ...headers } of encodings) {
        const res = await rawRequest('/', {
          method: 'POST',
          headers: { ...headers, cookie, ...(origin ? { Origin: origin } : {}) },
          body,
        });
        expect(res.status, `${origin} ${headers['Content-Type']}`).toBe(403);
      }
      const fetchStyle = await rawAction(signOutId(), {}, { page: '/', headers: { cookie, Origin: origin ?? '' } });
      expect(fetchStyle.status, `fetch ${origin}`).toBe(403);
    }
    // The session survived every attempt: sign-out never ran.
    expect((await rawRequest('/api/session', { headers: { cookie } })).status).toBe(200);
  });
});

test.describe('sessions', () => {
  test('signing in again ends the session the browser held before', async () => {
    const first = await rawAction(demoSignIn(), { user: 'demo-viewer', next: '/' });
    const before = cookiePair(setSessionCookie(first.headers));
    const again = await rawAction(demoSignIn(), { user: 'demo-support', next: '/' }, { headers: { cookie: before } });
    const after = cookiePair(setSessionCookie(again.headers));
    expect(after).not.toBe(before);
    expect((await rawRequest('/api/session', { headers: { cookie: after } })).status).toBe(200);
    expect((await rawRequest('/api/session', { headers: { cookie: before } })).status).toBe(401);
  });

  test('the cookie is Secure, with HSTS, when a trusted proxy says the user came over https', async () => {
    const viaProxy = await rawAction(
      demoSignIn(),
      { user: 'demo-viewer', next: '/' },
      { from: PROXY_ADDRESS, headers: { 'X-Forwarded-Proto': 'https' } },
    );
    expect(setSessionCookie(viaProxy.headers)).toMatch(/;\s*Secure/i);
    expect(setSessionCookie(viaProxy.headers)).toMatch(/;\s*HttpOnly/i);
    expect(setSessionCookie(viaProxy.headers)).toMatch(/;\s*SameSite=lax/i);
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  test('neither the Host header nor a client-sent X-Forwarded-Proto decides the Secure flag', async () => {
    const host = 'dr-console.example.com';
    const byName = await rawAction(
      demoSignIn(),
      { user: 'demo-viewer', next: '/' },
      { headers: { Host: host, Origin: `https://${host}` } },
    );
    const claimed = await rawAction(
      demoSignIn(),
      { user: 'demo-viewer', next: '/' },
      { headers: { 'X-Forwarded-Proto': 'https' } },
    );
    for (const res of [byName, claimed]) {
      expect(setSessionCookie(res.headers)).toMatch(/;\s*HttpOnly/i);
      expect(setSessionCookie(res.headers)).not.toMatch(/;\s*Secure/i);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

test.describe('ids and small leaks', () => {
  test('an id that is not a cloud id never becomes part of a cloud URL', async () => {
    const signedIn = await rawAction(demoSignIn(), { user: 'demo-viewer', next: '/' });
    const cookie = cookiePair(setSessionCookie(signedIn.headers));
    await simControl('/stats', undefined, 'DELETE');
    // Next itself folds dot segments in the path; whatever is left reaches the id check.
    for (const path of [
      '/protection-groups/%2E%2E',
      '/protection-groups/abc',
      '/protected-instances/%2E%2E%2Fx',
      '/replication-pairs/%2e%2e%2f',
      '/evs-replication-pairs/x%2F..',
    ]) {
      const res = await rawRequest(path, { headers: { cookie } });
      expect(res.status, path).toBeLessThan(500);
    }
    const api = await rawRequest('/api/protection-groups/..%2F', { headers: { cookie } });
    expect(api.status).toBe(404);
    expect(JSON.parse(api.body)).toMatchObject({ error: 'not-found' });
    const requests = await simRequestCounts();
    const byId = Object.keys(requests).filter((route) => /:(id|[a-z_]+_id)$/.test(route) || !route.includes('/'));
    expect(byId, JSON.stringify(requests)).toEqual([]);
  });

  test('the proxy checks every path but the exact static file names', async () => {
    for (const path of ['/icon.svgx', '/favicon.ico.map', '/_next/staticx', '/_next/imagefoo']) {
      const res = await rawRequest(path);
      expect(res.status, path).toBe(307);
      expect(res.headers.location, path).toContain('/sign-in?next=');
    }
    expect((await rawRequest('/icon.svg')).status).toBe(200);
  });
});
