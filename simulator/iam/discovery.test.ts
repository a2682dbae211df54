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

describe('the catalog, its services and endpoints', () => {
  it('gives the token, /v3/auth/catalog, /v3/services and /v3/endpoints the same ids and URLs', async () => {
    const t = new TestSim();
    type Entry = { id: string; type: string; endpoints: { id: string; url: string; region_id: string }[] };
    const token = (await t.login()).body.token as { catalog: Entry[] };
    const catalog = (await t.call('GET', '/v3/auth/catalog')).body.catalog as Entry[];
    expect(catalog).toEqual(token.catalog);
    const services = (await t.call('GET', '/v3/services')).body.services as { id: string; type: string }[];
    const endpoints = (await t.call('GET', '/v3/endpoints')).body.endpoints as {
      id: string;
      service_id: string;
      url: string;
    }[];
    for (const entry of catalog) {
      expect(entry.id).toMatch(/^[0-9a-f]{32}$/);
      expect(services.find((s) => s.type === entry.type)?.id).toBe(entry.id);
      const endpoint = endpoints.find((e) => e.service_id === entry.id);
      expect(endpoint?.id).toBe(entry.endpoints[0]?.id);
      // The listing keeps IAM's template; the token fills in the project.
      expect(endpoint?.url.replace('$(tenant_id)s', t.project)).toBe(entry.endpoints[0]?.url);
      expect(entry.endpoints[0]?.region_id).toBe('eu-de');
    }
    const compute = (await t.call('GET', '/v3/services?type=compute')).body.services as { id: string }[];
    expect(compute).toHaveLength(1);
    const regions = (await t.call('GET', '/v3/regions')).body.regions as { id: string }[];
    expect(regions.map((r) => r.id)).toEqual(['eu-de']);
    for (const path of ['/v3/auth/catalog', '/v3/services', '/v3/endpoints', '/v3/regions'])
      expect((await t.raw('GET', path)).status).toBe(401);
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
