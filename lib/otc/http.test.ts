import { describe, expect, it } from 'vitest';
import { OtcError } from './errors';
import { backoffMs, send, type Authenticator } from './http';

type Step = { status: number; body?: unknown } | 'network-error';

/** A scripted cloud: answers each call with the next step, and records what it was asked. */
function scriptedFetch(steps: Step[]) {
  const calls: { method: string; url: string; headers: Record<string, string>; body?: string }[] = [];
  const impl = (async (url: URL | string, init?: RequestInit) => {
    calls.push({
      method: String(init?.method),
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: init?.body as string | undefined,
    });
    const step = steps.shift();
    if (!step) throw new Error('no more scripted answers');
    if (step === 'network-error') throw new TypeError('fetch failed');
    return new Response(step.body === undefined ? null : JSON.stringify(step.body), { status: step.status });
  }) as typeof fetch;
  return { impl, calls };
}

const staticAuth = (token = 't1'): Authenticator & { refreshes: number } => {
  const auth = {
    refreshes: 0,
    current: token,
    async headers() {
      return { 'x-auth-token': auth.current };
    },
    async refresh() {
      auth.refreshes += 1;
      auth.current = `t${auth.refreshes + 1}`;
      return true;
    },
  };
  return auth;
};

const opts = (f: typeof fetch, sleeps: number[] = []) => ({
  timeoutMs: 1000,
  fetch: f,
  sleep: async (ms: number) => void sleeps.push(ms),
  random: () => 0.5,
});

describe('retry policy', () => {
  it('retries reads on network errors and 5xx with growing back-off, then succeeds', async () => {
    const { impl, calls } = scriptedFetch(['network-error', { status: 503 }, { status: 200, body: { ok: 1 } }]);
    const sleeps: number[] = [];
    const res = await send({ method: 'GET', url: 'http://cloud/v1/p/server-groups' }, staticAuth(), opts(impl, sleeps));
    expect(res.body).toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]);
  });

  it('gives up on reads after two retries with the last error', async () => {
    const { impl, calls } = scriptedFetch([
      { status: 500 },
      { status: 502 },
      { status: 503, body: { error: { code: 'SDRS.0013', message: 'Internal error' } } },
    ]);
    await expect(send({ method: 'GET', url: 'http://cloud/x' }, staticAuth(), opts(impl))).rejects.toMatchObject({
      status: 503,
      code: 'SDRS.0013',
    });
    expect(calls).toHaveLength(3);
  });

  it('does not retry 4xx reads', async () => {
    const { impl, calls } = scriptedFetch([{ status: 400, body: { error: { code: 'SDRS.1013', message: 'x' } } }]);
    await expect(send({ method: 'GET', url: 'http://cloud/x' }, staticAuth(), opts(impl))).rejects.toMatchObject({
      code: 'SDRS.1013',
    });
    expect(calls).toHaveLength(1);
  });

  it.each(['POST', 'PUT', 'DELETE'] as const)('never repeats a %s after a network error or 5xx', async (method) => {
    for (const failure of ['network-error', { status: 500 }] as Step[]) {
      const { impl, calls } = scriptedFetch([failure, { status: 200, body: {} }]);
      await expect(
        send({ method, url: 'http://cloud/x', body: { a: 1 } }, staticAuth(), opts(impl)),
      ).rejects.toBeInstanceOf(OtcError);
      expect(calls).toHaveLength(1);
    }
  });

  it('reports a timeout as such', async () => {
    const hang = (async (_u: URL | string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof fetch;
    await expect(
      send({ method: 'POST', url: 'http://cloud/x' }, staticAuth(), { timeoutMs: 50, fetch: hang }),
    ).rejects.toMatchObject({
      kind: 'timeout',
      code: 'NET.TIMEOUT',
    });
  });

  it('jitters the back-off around 200 ms · 2^attempt', () => {
    expect(backoffMs(0, () => 0)).toBe(100);
    expect(backoffMs(0, () => 0.999)).toBe(300);
    expect(backoffMs(2, () => 0.5)).toBe(800);
  });
});

describe('token refresh on 401', () => {
  it('refreshes once and repeats the request (reads and writes) with the new token', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { impl, calls } = scriptedFetch([
        { status: 401, body: { error_code: 'APIGW.0301', error_msg: 'The token must be updated.' } },
        { status: 200, body: { job_id: 'j' } },
      ]);
      const auth = staticAuth();
      const res = await send(
        { method, url: 'http://cloud/x', body: method === 'POST' ? {} : undefined },
        auth,
        opts(impl),
      );
      expect(res.body).toEqual({ job_id: 'j' });
      expect(auth.refreshes).toBe(1);
      expect(calls.map((c) => c.headers['x-auth-token'])).toEqual(['t1', 't2']);
    }
  });

  it('does not loop: a second 401 is returned to the caller', async () => {
    const { impl, calls } = scriptedFetch([{ status: 401 }, { status: 401 }, { status: 200, body: {} }]);
    const auth = staticAuth();
    await expect(send({ method: 'GET', url: 'http://cloud/x' }, auth, opts(impl))).rejects.toMatchObject({
      status: 401,
    });
    expect(auth.refreshes).toBe(1);
    expect(calls).toHaveLength(2);
  });
});

describe('an unreachable cloud', () => {
  it('is reported without the endpoint: the host and port go to the server log only', async () => {
    const { impl } = scriptedFetch(['network-error']);
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => void logged.push(line);
    try {
      const error = await send(
        { method: 'POST', url: 'http://cloud.internal:8443/v1/p/server-groups' },
        staticAuth(),
        opts(impl),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NET.UNREACHABLE' });
      expect((error as OtcError).message).not.toMatch(/cloud\.internal|8443/);
    } finally {
      console.error = original;
    }
    expect(logged.join('\n')).toContain('cloud.internal:8443');
  });
});
