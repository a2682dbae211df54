import { Hono } from 'hono';
import { REGION } from '../core/region';
import type { Sim } from '../core/sim';
import type { SimEnv } from '../http/env';
import { identifyCaller } from './authenticate';
import { catalogFor, endpointsView, servicesView } from './catalog';

const identityVersion = (url: string) => ({
  id: 'v3.6',
  status: 'stable',
  updated: '2016-04-04T00:00:00Z',
  'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
  links: [{ rel: 'self', href: `${new URL(url).origin}/v3/` }],
});

/**
 * Keystone's version discovery at the root of IAM's own endpoint: 300 Multiple Choices with the one
 * version it serves. Only the IAM listener answers it; on the shared port `/` is SDRS's list.
 */
export function identityRoot(url: string): Response {
  return Response.json({ versions: { values: [identityVersion(url)] } }, { status: 300 });
}

/**
 * Keystone's discovery, as OTC IAM serves it for standard clients (the OpenStack CLI and SDKs ask
 * for these before anything else): the v3 version document, and the projects a token may be scoped
 * to, all of them or by name; the catalog, its services, endpoints and region.
 */
export function iamDiscoveryRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const self = (url: string) => `${new URL(url).origin}/v3/`;

  r.get('/v3', (c) => c.json({ version: identityVersion(c.req.url) }));

  const projectsOf = async (c: Parameters<typeof identifyCaller>[1], name?: string) => {
    const { user } = await identifyCaller(sim, c);
    const base = self(c.req.url);
    return sim.state
      .all('project')
      .filter((p) => p.domain_id === user.domain_id && (name === undefined || p.name === name))
      .map((p) => ({
        id: p.id,
        name: p.name,
        domain_id: p.domain_id,
        parent_id: p.domain_id,
        description: '',
        enabled: true,
        is_domain: false,
        links: { self: `${base}projects/${p.id}` },
      }));
  };

  r.get('/v3/auth/projects', async (c) =>
    c.json({
      projects: await projectsOf(c),
      links: { self: `${self(c.req.url)}auth/projects`, previous: null, next: null },
    }),
  );
  r.get('/v3/projects', async (c) =>
    c.json({
      projects: await projectsOf(c, c.req.query('name') || undefined),
      links: { self: `${self(c.req.url)}projects`, previous: null, next: null },
    }),
  );
  const origin = (url: string) => new URL(url).origin;
  const list = (key: string, url: string, items: unknown[]) =>
    ({ [key]: items, links: { self: `${self(url)}${key}`, previous: null, next: null } }) as const;

  r.get('/v3/auth/catalog', async (c) => {
    const { project } = await identifyCaller(sim, c);
    return c.json({
      catalog: catalogFor(origin(c.req.url), project?.id ?? null),
      links: { self: `${self(c.req.url)}auth/catalog`, previous: null, next: null },
    });
  });
  r.get('/v3/services', async (c) => {
    await identifyCaller(sim, c);
    const type = c.req.query('type');
    const services = servicesView(origin(c.req.url)).filter((s) => !type || s.type === type);
    return c.json(list('services', c.req.url, services));
  });
  r.get('/v3/endpoints', async (c) => {
    await identifyCaller(sim, c);
    const { service_id: serviceId, interface: iface } = c.req.query();
    const endpoints = endpointsView(origin(c.req.url)).filter(
      (e) => (!serviceId || e.service_id === serviceId) && (!iface || e.interface === iface),
    );
    return c.json(list('endpoints', c.req.url, endpoints));
  });
  r.get('/v3/regions', async (c) => {
    await identifyCaller(sim, c);
    const region = {
      id: REGION,
      description: '',
      parent_region_id: null,
      locales: { 'en-us': 'Germany', 'de-de': 'Deutschland' },
      type: 'public',
      links: { self: `${self(c.req.url)}regions/${REGION}` },
    };
    return c.json(list('regions', c.req.url, [region]));
  });
  return r;
}
