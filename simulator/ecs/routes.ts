import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import type { ServerRec } from '../core/model';
import { REGION_AZS } from '../core/region';
import type { Sim } from '../core/sim';
import { isObject } from '../core/validation';
import { projectOf, readJson, type SimEnv } from '../http/env';
import { FLAVORS, findFlavor, flavorSellsIn } from './flavors';
import { cloudServerView, novaServerView } from './views';

// [inferred] ECS error bodies: {"error": {"code": "Ecs.xxxx", "message"}}.
const ecsError = (status: number, code: string, message: string) => new CloudError(status, code, message);
const novaError = (status: number, kind: string, message: string) =>
  new CloudError(status, String(status), message, 'nova', kind);

function findServer(sim: Sim, projectId: string, id: string, nova = false): ServerRec {
  const s = sim.state.get('server', id);
  if (!s || s.project_id !== projectId) {
    throw nova
      ? novaError(404, 'itemNotFound', `Instance ${id} could not be found.`)
      : ecsError(404, 'Ecs.0114', `Instance[${id}] could not be found.`);
  }
  return s;
}

function flavorView(id: string, az: string | undefined, soldOutNow: ReadonlySet<string>) {
  const f = findFlavor(id);
  if (!f) return null;
  const soldOut = az ? !flavorSellsIn(f, az, soldOutNow) : false;
  return {
    id: f.id,
    name: f.id,
    vcpus: String(f.vcpus),
    ram: f.ram,
    disk: '0',
    swap: '',
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'OS-FLV-DISABLED:disabled': false,
    rxtx_factor: 1,
    rxtx_quota: null,
    rxtx_cap: null,
    'os-flavor-access:is_public': true,
    links: [],
    os_extra_specs: {
      'ecs:performancetype': f.id.startsWith('c') ? 'computingv3' : 'normal',
      'ecs:generation': f.id.split('.')[0] ?? '',
      resource_type: 'IOoptimizedS3',
      'cond:operation:status': 'normal',
      'cond:operation:az': REGION_AZS.map(
        (z) => `${z}(${flavorSellsIn(f, z, soldOutNow) ? 'normal' : 'sellout'})`,
      ).join(','),
      ...(soldOut ? { 'cond:operation:status': 'sellout' } : {}),
    },
  };
}

export function ecsRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();

  r.get('/v1/:project_id/cloudservers/detail', (c) => {
    const q = c.req.query();
    // `offset` is a page number here (0 and 1 both mean the first page); limit defaults to 25.
    const limit = q.limit === undefined ? 25 : Number(q.limit);
    const pageNo = q.offset === undefined ? 1 : Math.max(1, Number(q.offset));
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || !Number.isInteger(pageNo)) {
      throw ecsError(400, 'Ecs.0005', 'Invalid request parameters: limit or offset.');
    }
    const items = sim.state
      .where('server', (s) => s.project_id === projectOf(c))
      .filter((s) => !q.name || s.name.includes(q.name))
      .filter((s) => !q.status || s.status === q.status)
      .filter((s) => !q.flavor || s.flavor_id === q.flavor)
      .filter((s) => !q.ip || s.nics.some((n) => n.ip.includes(q.ip ?? '')))
      .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? -1 : 1));
    const page = items.slice((pageNo - 1) * limit, pageNo * limit);
    return c.json({ count: items.length, servers: page.map((s) => cloudServerView(sim.state, s)) });
  });

  r.get('/v1/:project_id/cloudservers/flavors', (c) => {
    const az = c.req.query('availability_zone');
    return c.json({ flavors: FLAVORS.map((f) => flavorView(f.id, az, sim.faults.soldOut)) });
  });

  r.get('/v1/:project_id/cloudservers/resize_flavors', (c) => {
    const source = c.req.query('source_flavor_id');
    if (!source) throw ecsError(400, 'Ecs.0005', 'Invalid request parameters: source_flavor_id is required.');
    const flavors = FLAVORS.filter((f) => f.id !== source).map((f) => ({
      id: f.id,
      name: f.id,
      vcpus: f.vcpus,
      ram: f.ram,
      disk: 0,
      swap: '',
      links: [],
      extra_specs: {},
    }));
    return c.json({ flavors });
  });

  r.get('/v1/:project_id/cloudservers/:id', (c) =>
    c.json({ server: cloudServerView(sim.state, findServer(sim, projectOf(c), c.req.param('id'))) }),
  );

  // Nova's version document, which the OpenStack clients read before anything else.
  r.get('/v2.1', (c) =>
    c.json({
      version: {
        id: 'v2.1',
        status: 'CURRENT',
        version: '2.60',
        min_version: '2.1',
        updated: '2013-07-23T11:33:21Z',
        links: [{ rel: 'self', href: `${new URL(c.req.url).origin}/v2.1/` }],
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
      },
    }),
  );

  // The list without details: id, name and links, as Nova answers `GET /servers`.
  r.get('/v2.1/:project_id/servers', (c) => {
    const origin = new URL(c.req.url).origin;
    const servers = sim.state
      .where('server', (s) => s.project_id === projectOf(c))
      .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? -1 : 1))
      .map((s) => ({
        id: s.id,
        name: s.name,
        links: [
          { rel: 'self', href: `${origin}/v2.1/${s.project_id}/servers/${s.id}` },
          { rel: 'bookmark', href: `${origin}/${s.project_id}/servers/${s.id}` },
        ],
      }));
    return c.json({ servers });
  });

  r.get('/v2.1/:project_id/servers/detail', (c) => {
    const q = c.req.query();
    const limit = q.limit === undefined ? 25 : Number(q.limit);
    let items = sim.state
      .where('server', (s) => s.project_id === projectOf(c))
      .filter((s) => !q.name || s.name.includes(q.name))
      .filter((s) => !q.status || s.status === q.status)
      .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? -1 : 1));
    if (q.marker) items = items.slice(items.findIndex((s) => s.id === q.marker) + 1);
    const origin = new URL(c.req.url).origin;
    return c.json({
      servers: items.slice(0, Math.min(Math.max(1, limit), 1000)).map((s) => novaServerView(sim.state, s, origin)),
    });
  });

  r.get('/v2.1/:project_id/servers/:id', (c) =>
    c.json({
      server: novaServerView(
        sim.state,
        findServer(sim, projectOf(c), c.req.param('id'), true),
        new URL(c.req.url).origin,
      ),
    }),
  );

  r.get('/v2.1/:project_id/os-availability-zone', (c) =>
    c.json({
      availabilityZoneInfo: REGION_AZS.map((zoneName) => ({ zoneState: { available: true }, hosts: null, zoneName })),
    }),
  );
  // The detailed form the OpenStack client asks for; no hosts are shown to a tenant.
  r.get('/v2.1/:project_id/os-availability-zone/detail', (c) =>
    c.json({
      availabilityZoneInfo: REGION_AZS.map((zoneName) => ({ zoneState: { available: true }, hosts: {}, zoneName })),
    }),
  );

  // A flavor's extra specs on their own, as Nova serves them (the same as on the ECS flavor list).
  r.get('/v2.1/:project_id/flavors/:id/os-extra_specs', (c) => {
    const view = flavorView(c.req.param('id'), undefined, sim.faults.soldOut);
    if (!view) throw novaError(404, 'itemNotFound', `Flavor ${c.req.param('id')} could not be found.`);
    return c.json({ extra_specs: view.os_extra_specs });
  });

  r.get('/v2.1/:project_id/flavors/detail', (c) =>
    c.json({ flavors: FLAVORS.map((f) => ({ id: f.id, name: f.id, vcpus: f.vcpus, ram: f.ram, disk: 0, links: [] })) }),
  );

  /** os-start / os-stop: 202 at once, the power state follows a few seconds later. */
  r.post('/v2.1/:project_id/servers/:id/action', async (c) => {
    const body = await readJson(c);
    const action = isObject(body) ? Object.keys(body)[0] : undefined;
    if (action !== 'os-start' && action !== 'os-stop') {
      throw novaError(400, 'badRequest', 'Invalid action: only os-start and os-stop are supported.');
    }
    const server = findServer(sim, projectOf(c), c.req.param('id'), true);
    const target = action === 'os-start' ? 'ACTIVE' : 'SHUTOFF';
    if (server.power_target || server.status === target) {
      throw novaError(
        409,
        'conflictingRequest',
        `Cannot '${action.replace('os-', '')}' instance ${server.id} while it is in vm_state ${server.status === 'ACTIVE' ? 'active' : 'stopped'}`,
      );
    }
    server.power_target = target;
    sim.state.put('server', server);
    sim.engine.start({ type: 'ecs:power', project_id: server.project_id, ctx: { server_id: server.id } });
    return c.body(null, 202);
  });

  return r;
}
