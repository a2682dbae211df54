import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Cloud, type TokenState } from './cloud';
import { resolveEndpoints } from './endpoints';

const pid = '0123456789abcdef0123456789abcdef';
const endpoints = resolveEndpoints({ region: 'eu-de', common: 'http://cloud' }, pid);

/** IAM issues tokens t1, t2…; the service accepts only the newest one. */
function fakeCloud(now: () => number) {
  let issued = 0;
  const calls: string[] = [];
  const impl = (async (url: URL | string, init?: RequestInit) => {
    const u = String(url);
    if (u.endsWith('/auth/tokens')) {
      issued += 1;
      calls.push('iam');
      return new Response(
        JSON.stringify({
          token: {
            expires_at: new Date(now() + 24 * 3600_000).toISOString(),
            user: { id: 'u', name: 'demo-operator', domain: { name: 'demo' } },
            project: { id: pid, name: 'eu-de' },
            roles: [{ name: 'te_admin' }],
            catalog: [],
          },
        }),
        { status: 201, headers: { 'x-subject-token': `t${issued}` } },
      );
    }
    const token = (init?.headers as Record<string, string>)['x-auth-token'];
    calls.push(`sdrs with ${token}`);
    return issued > 0 && token === `t${issued}`
      ? new Response(JSON.stringify({ ok: true }), { status: 200 })
      : new Response(JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'The token must be updated.' }), {
          status: 401,
        });
  }) as typeof fetch;
  return { impl, calls };
}

const cloudWith = (token: TokenState | null, fetchImpl: typeof fetch, now: () => number, saved: TokenState[]) =>
  new Cloud({
    iamUrl: 'http://cloud/v3',
    projectId: pid,
    endpoints,
    credentials: { method: 'password', domain: 'demo', user: 'demo-operator', password: 'pw', project: 'eu-de' },
    token,
    timeoutMs: 1000,
    fetch: fetchImpl,
    now,
    onTokenRefreshed: (t) => saved.push(t),
  });

describe('session token handling', () => {
  const now = () => 10_000_000;
  const schema = z.looseObject({ ok: z.boolean() });

  it('refreshes a token that expires within five minutes before using it', async () => {
    const { impl, calls } = fakeCloud(now);
    const saved: TokenState[] = [];
    await cloudWith({ token: 't0', expiresAt: now() + 4 * 60_000 }, impl, now, saved).call(
      'sdrs',
      { method: 'GET', path: '/server-groups' },
      schema,
    );
    expect(calls).toEqual(['iam', 'sdrs with t1']);
    expect(saved).toEqual([{ token: 't1', expiresAt: now() + 24 * 3600_000 }]);
  });

  it('keeps using a fresh token, and refreshes once after a 401', async () => {
    const { impl, calls } = fakeCloud(now);
    const saved: TokenState[] = [];
    // t0 looks fresh but the cloud revoked it.
    const result = await cloudWith({ token: 't0', expiresAt: now() + 3600_000 }, impl, now, saved).call(
      'sdrs',
      { method: 'GET', path: '/server-groups' },
      schema,
    );
    expect(result.ok).toBe(true);
    expect(calls).toEqual(['sdrs with t0', 'iam', 'sdrs with t1']);
    expect(saved).toHaveLength(1);
  });

  /** The service refuses every token; IAM answers as `iam` says. */
  const refusingCloud = (iam: () => Response | Promise<Response>) =>
    (async (url: URL | string) =>
      String(url).endsWith('/auth/tokens')
        ? iam()
        : new Response(JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'Expired.' }), {
            status: 401,
          })) as typeof fetch;

  it('keeps the 401 when IAM refuses the stored credentials, so the user is asked to sign in again', async () => {
    const impl = refusingCloud(
      () => new Response(JSON.stringify({ error: { code: 401, title: 'Unauthorized' } }), { status: 401 }),
    );
    await expect(
      cloudWith({ token: 't0', expiresAt: now() + 3600_000 }, impl, now, []).call(
        'sdrs',
        { method: 'GET', path: '/server-groups' },
        schema,
      ),
    ).rejects.toMatchObject({ status: 401, code: 'APIGW.0301' });
  });

  it('reports an unreachable IAM during a refresh as such, not as a refused sign-in', async () => {
    const impl = refusingCloud(() => Promise.reject(new TypeError('fetch failed')));
    await expect(
      cloudWith({ token: 't0', expiresAt: now() + 3600_000 }, impl, now, []).call(
        'sdrs',
        { method: 'GET', path: '/server-groups' },
        schema,
      ),
    ).rejects.toMatchObject({ kind: 'network', code: 'NET.UNREACHABLE' });
  });

  it('reports an answer of the wrong shape as an invalid response', async () => {
    const { impl } = fakeCloud(now);
    await expect(
      cloudWith(null, impl, now, []).call(
        'sdrs',
        { method: 'GET', path: '/x' },
        z.looseObject({ server_groups: z.array(z.unknown()) }),
      ),
    ).rejects.toMatchObject({ kind: 'invalid-response', code: 'NET.BAD_BODY' });
  });
});
