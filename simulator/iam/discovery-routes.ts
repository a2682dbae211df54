import { Hono } from 'hono';
import type { Sim } from '../core/sim';
import type { SimEnv } from '../http/env';
import { identifyCaller } from './authenticate';

/**
 * Keystone's discovery, as OTC IAM serves it for standard clients (the OpenStack CLI and SDKs ask
 * for these before anything else): the v3 version document, and the projects a token may be scoped
 * to, all of them or by name. The simulator serves every service on one base URL, so the root (`/`)
 * stays SDRS's version list.
 */
export function iamDiscoveryRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const self = (url: string) => `${new URL(url).origin}/v3/`;

  r.get('/v3', (c) =>
    c.json({
      version: {
        id: 'v3.6',
        status: 'stable',
        updated: '2016-04-04T00:00:00Z',
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
        links: [{ rel: 'self', href: self(c.req.url) }],
      },
    }),
  );

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
  return r;
}
