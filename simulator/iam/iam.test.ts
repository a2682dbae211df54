import { describe, expect, it } from 'vitest';
import { DEMO } from '../seed/demo-identity';
import { TestSim } from '../test/harness';
import { authorizationHeader } from './signer';

const sdkDate = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('IAM password tokens', () => {
  it('issues a project-scoped token in X-Subject-Token with a catalog pointing at the simulator', async () => {
    const t = new TestSim();
    const r = await t.login('demo-operator');
    expect(r.status).toBe(201);
    expect(r.headers.get('x-subject-token')).toMatch(/^MII/);
    const token = r.body.token as Record<string, unknown>;
    expect(token.project).toMatchObject({ id: DEMO.project.id, name: 'eu-de' });
    expect(token.roles).toEqual([expect.objectContaining({ name: 'te_admin' })]);
    const expires = Date.parse(String(token.expires_at));
    const issued = Date.parse(String(token.issued_at));
    expect(expires - issued).toBe(24 * 3600 * 1000);
    expect(String(token.expires_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const catalog = token.catalog as { type: string; endpoints: { url: string }[] }[];
    const sdrs = catalog.find((e) => e.type === 'sdrs');
    expect(sdrs?.endpoints[0]?.url).toBe(`http://localhost/v1/${DEMO.project.id}`);
    expect(catalog.map((e) => e.type)).toEqual(
      expect.arrayContaining(['evs', 'ecs', 'compute', 'vpc', 'identity', 'network', 'volumev2', 'volumev3']),
    );
    expect(catalog.find((e) => e.type === 'volumev3')?.endpoints[0]?.url).toMatch(/\/v3\/[0-9a-f]{32}$/);
  });

  it('gives each demo user its own roles', async () => {
    const t = new TestSim();
    const roles = async (u: 'demo-support' | 'demo-viewer') =>
      ((await t.login(u)).body.token as { roles: { name: string }[] }).roles.map((r) => r.name);
    expect(await roles('demo-support')).toEqual(['sdrs_support']);
    expect(await roles('demo-viewer')).toEqual(['readonly_admin']);
  });

  it('scopes by project id and omits the catalog with nocatalog', async () => {
    const t = new TestSim();
    const r = await t.raw('POST', '/v3/auth/tokens?nocatalog=any', {
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'demo-viewer', password: DEMO.password, domain: { name: 'demo' } } },
          },
          scope: { project: { id: DEMO.project.id } },
        },
      },
    });
    expect(r.status).toBe(201);
    expect((r.body.token as Record<string, unknown>).catalog).toBeUndefined();
  });

  it('refuses a wrong password and an unknown project with 401', async () => {
    const t = new TestSim();
    const wrong = await t.login('demo-operator', 'nope');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 401, message: 'The username or password is wrong.' });
    const r = await t.raw('POST', '/v3/auth/tokens', {
      body: {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: 'demo-operator', password: DEMO.password, domain: { name: 'demo' } } },
          },
          scope: { project: { name: 'eu-nl' } },
        },
      },
    });
    expect(r.status).toBe(401);
    expect(JSON.stringify(r.body)).toContain('project');
  });

  it('rejects a malformed auth body with 400', async () => {
    const t = new TestSim();
    expect((await t.raw('POST', '/v3/auth/tokens', { body: { auth: {} } })).status).toBe(400);
    expect((await t.raw('POST', '/v3/auth/tokens', { body: 'not json' })).status).toBe(400);
  });
});

describe('service authentication', () => {
  it('answers 401 without a token, with an unknown token and after expiry', async () => {
    const t = new TestSim();
    expect((await t.raw('GET', '/v1/{pid}/server-groups')).status).toBe(401);
    const unknown = await t.raw('GET', '/v1/{pid}/server-groups', { headers: { 'x-auth-token': 'MIIbogus' } });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error_code: 'APIGW.0301', error_msg: 'The token must be updated.' });
    expect((await t.call('GET', '/v1/{pid}/server-groups')).status).toBe(200);
    t.clock.advance(24 * 3600 * 1000 + 1);
    expect((await t.call('GET', '/v1/{pid}/server-groups')).status).toBe(401);
  });

  it('honours a shortened token lifetime and the expire-all fault', async () => {
    const t = new TestSim();
    t.sim.settings.tokenTtlSeconds = 60;
    expect((await t.call('GET', '/v2/{pid}/volumes/detail')).status).toBe(200);
    t.clock.advance(61_000);
    expect((await t.call('GET', '/v2/{pid}/volumes/detail')).status).toBe(401);

    const u = new TestSim();
    expect((await u.call('GET', '/v1/{pid}/cloudservers/detail')).status).toBe(200);
    expect((await u.raw('POST', '/__sim/tokens/expire')).body).toEqual({ expired: 1 });
    expect((await u.call('GET', '/v1/{pid}/cloudservers/detail')).status).toBe(401);
  });

  it('refuses a token used for another project with 403', async () => {
    const t = new TestSim();
    const r = await t.call('GET', '/v1/0123456789abcdef0123456789abcdef/server-groups');
    expect(r.status).toBe(403);
  });

  it('refuses writes for the read-only role but allows its reads', async () => {
    const t = new TestSim();
    expect((await t.call('GET', '/v1/{pid}/server-groups', undefined, 'demo-viewer')).status).toBe(200);
    const write = await t.call(
      'PUT',
      `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`,
      { server_group: { name: 'x' } },
      'demo-viewer',
    );
    expect(write.status).toBe(403);
    expect(write.body.error_code).toBe('APIGW.0302');
    const support = await t.call(
      'PUT',
      `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`,
      { server_group: { name: 'x' } },
      'demo-support',
    );
    expect(support.status).toBe(200);
  });
});

describe('AK/SK signed requests', () => {
  const signed = async (
    t: TestSim,
    opts: { date?: number; sk?: string; project?: string | null; body?: string; method?: string; path?: string } = {},
  ) => {
    const method = opts.method ?? 'GET';
    const url = new URL(
      `http://localhost${(opts.path ?? '/v1/{pid}/server-groups?limit=5').replaceAll('{pid}', DEMO.project.id)}`,
    );
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      host: 'localhost',
      'x-sdk-date': sdkDate(opts.date ?? t.clock.now()),
    };
    const body = opts.body ?? '';
    const authorization = authorizationHeader(
      { method, url, headers, body },
      ['content-type', 'host', 'x-sdk-date'],
      DEMO.accessKey,
      opts.sk ?? DEMO.secretKey,
    );
    const extra: Record<string, string> =
      opts.project === null ? {} : { 'x-project-id': opts.project ?? DEMO.project.id };
    return t.raw(method, url.pathname + url.search, {
      body: body || undefined,
      headers: { ...headers, ...extra, authorization },
    });
  };

  it('accepts a correctly signed GET and POST', async () => {
    const t = new TestSim();
    const r = await signed(t);
    expect(r.status).toBe(200);
    expect(r.body.count).toBe(2);
    const body = JSON.stringify({ server_group: { name: 'signed-rename' } });
    const put = await signed(t, {
      method: 'PUT',
      path: `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`,
      body,
    });
    expect(put.status).toBe(200);
  });

  it('rejects a wrong secret, a stale date and a missing project header', async () => {
    const t = new TestSim();
    expect((await signed(t, { sk: 'wrong-secret' })).status).toBe(401);
    expect((await signed(t, { date: t.clock.now() - 16 * 60 * 1000 })).status).toBe(401);
    expect((await signed(t, { date: t.clock.now() - 14 * 60 * 1000 })).status).toBe(200);
    expect((await signed(t, { project: null })).status).toBe(401);
  });
});

describe('IAM identity look-ups for access keys', () => {
  const signedGet = async (t: TestSim, path: string, sk: string = DEMO.secretKey) => {
    const url = new URL(`http://localhost${path}`);
    const headers = { host: 'localhost', 'x-sdk-date': sdkDate(t.clock.now()) };
    const authorization = authorizationHeader(
      { method: 'GET', url, headers, body: '' },
      ['host', 'x-sdk-date'],
      DEMO.accessKey,
      sk,
    );
    return t.raw('GET', path, { headers: { ...headers, authorization } });
  };

  it('leads from the access key to the user, project, roles and domain', async () => {
    const t = new TestSim();
    const cred = await signedGet(t, `/v3.0/OS-CREDENTIAL/credentials/${DEMO.accessKey}`);
    expect(cred.status).toBe(200);
    const userId = (cred.body.credential as { user_id: string }).user_id;
    expect(userId).toBe(DEMO.users.operator.id);
    expect((await signedGet(t, `/v3/users/${userId}`)).body.user).toMatchObject({
      name: 'demo-operator',
      domain_id: DEMO.domain.id,
    });
    expect((await signedGet(t, `/v3/projects/${DEMO.project.id}`)).body.project).toMatchObject({ name: 'eu-de' });
    expect((await signedGet(t, `/v3/projects/${DEMO.project.id}/users/${userId}/roles`)).body.roles).toEqual([
      expect.objectContaining({ name: 'te_admin' }),
    ]);
    expect((await signedGet(t, `/v3/domains/${DEMO.domain.id}`)).body.domain).toMatchObject({ name: 'demo' });
  });

  it('refuses a wrong signature and other users', async () => {
    const t = new TestSim();
    expect((await signedGet(t, `/v3.0/OS-CREDENTIAL/credentials/${DEMO.accessKey}`, 'wrong')).status).toBe(401);
    expect((await signedGet(t, `/v3/users/${DEMO.users.viewer.id}`)).status).toBe(403);
    expect((await signedGet(t, '/v3/projects/nope')).status).toBe(404);
  });
});
