import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

describe('IAM discovery for standard clients', () => {
  it('serves the Keystone v3 version document', async () => {
    const t = new TestSim();
    const r = await t.raw('GET', '/v3');
    expect(r.status).toBe(200);
    expect(r.body.version).toMatchObject({
      id: 'v3.6',
      status: 'stable',
      'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
    });
  });

  it('lists the projects a token may be scoped to, all or by name, and only with a token', async () => {
    const t = new TestSim();
    const all = (await t.call('GET', '/v3/auth/projects')).body.projects as { name: string; domain_id: string }[];
    expect(all.map((p) => p.name)).toContain('eu-de');
    const named = (await t.call('GET', '/v3/projects?name=eu-de')).body.projects as { name: string }[];
    expect(named.map((p) => p.name)).toEqual(['eu-de']);
    expect(((await t.call('GET', '/v3/projects?name=nope')).body.projects as unknown[]).length).toBe(0);
    expect((await t.raw('GET', '/v3/auth/projects')).status).toBe(401);
  });
});

describe('every answer', () => {
  it('carries a request id, errors and unknown routes included, a new one each time', async () => {
    const t = new TestSim();
    const ok = await t.raw('GET', '/v3');
    const refused = await t.raw('GET', '/v3/auth/projects');
    const unknown = await t.raw('GET', '/no/such/route');
    const ids = [ok, refused, unknown].map((r) => r.headers.get('x-request-id'));
    expect([refused.status, unknown.status]).toEqual([401, 404]);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(3);
  });
});
