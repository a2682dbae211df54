import { Hono } from 'hono';
import { newUuid } from '../core/ids';
import type { EvsPairRec } from '../core/model';
import type { Sim } from '../core/sim';
import { isObject, utf8Bytes } from '../core/validation';
import { projectOf, readJson, type SimContext, type SimEnv } from '../http/env';
import { evsPairView } from './views';
import { afterMarker, evsBadRequest, evsNotFound, evsPaging } from './volume-routes';

/** The deprecated EVS replication-pair API (reference §3.1); names and descriptions up to 255 bytes. */
export function evsReplicationRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v2/:project_id/os-vendor-replications';
  const view = (p: EvsPairRec) => evsPairView(p, (id) => sim.state.get('volume', id));

  const findPair = (projectId: string, id: string): EvsPairRec => {
    const p = sim.state.get('evs_pair', id);
    if (!p || p.project_id !== projectId) throw evsNotFound(`Replication ${id} could not be found.`);
    return p;
  };

  r.post(base, async (c) => {
    const body = await readJson(c);
    const rep = isObject(body) && isObject(body.replication) ? body.replication : null;
    if (!rep) throw evsBadRequest('Invalid input received: the request body must contain a replication.');
    const name = rep.name ?? '';
    const description = rep.description ?? '';
    if (typeof name !== 'string' || utf8Bytes(name) > 255)
      throw evsBadRequest('Invalid input received: name exceeds 255 bytes.');
    if (typeof description !== 'string' || utf8Bytes(description) > 255) {
      throw evsBadRequest('Invalid input received: description exceeds 255 bytes.');
    }
    const ids = rep.volume_ids;
    if (
      !Array.isArray(ids) ||
      ids.length !== 2 ||
      ids.some((id) => typeof id !== 'string' || id === '') ||
      ids[0] === ids[1]
    ) {
      throw evsBadRequest('Invalid input received: volume_ids must list two different disks.');
    }
    if (rep.replication_model !== 'hypermetro') {
      throw evsBadRequest('Invalid input received: replication_model must be hypermetro.');
    }
    if (typeof rep.priority_station !== 'string' || rep.priority_station === '') {
      throw evsBadRequest('Invalid input received: priority_station is required.');
    }
    const project = projectOf(c);
    const [prodId, drId] = ids as [string, string];
    const prod = sim.state.get('volume', prodId);
    const dr = sim.state.get('volume', drId);
    if (!prod || prod.project_id !== project) throw evsNotFound(`Volume ${prodId} could not be found.`);
    if (!dr || dr.project_id !== project) throw evsNotFound(`Volume ${drId} could not be found.`);
    if (prod.az === dr.az) throw evsBadRequest('Invalid input received: the two disks must be in different AZs.');
    if (rep.priority_station !== prod.az) {
      throw evsBadRequest('Invalid input received: priority_station must be the AZ of the production disk.');
    }
    // Type, size, pairing and the DR server's power state are checked in the back end: they end
    // in status `error` with a failure_detail code, as on the real service.
    const now = sim.clock.now();
    const pair = sim.state.put('evs_pair', {
      id: newUuid(),
      project_id: project,
      name,
      description,
      status: 'creating',
      volume_ids: [prodId, drId],
      priority_station: rep.priority_station,
      replication_status: null,
      progress: null,
      failure_detail: null,
      fault_level: '0',
      created_at: now,
      updated_at: null,
    });
    sim.engine.start({ type: 'evs:createReplication', project_id: project, ctx: { pair_id: pair.id } });
    return c.json({ replication: view(pair) }, 202);
  });

  const list = (c: SimContext) => {
    const q = c.req.query();
    const { limit, offset } = evsPaging(q);
    const items = sim.state
      .where('evs_pair', (p) => p.project_id === projectOf(c))
      .filter((p) => !q.name || p.name === q.name)
      .filter((p) => !q.status || p.status === q.status)
      .filter((p) => !q.priority_station || p.priority_station === q.priority_station)
      .filter((p) => !q.volume_id || p.volume_ids.includes(q.volume_id))
      .sort(
        (a, b) =>
          (q.sort_dir === 'asc' ? a.created_at - b.created_at : b.created_at - a.created_at) || (a.id < b.id ? -1 : 1),
      );
    return afterMarker(items, q.marker).slice(offset, offset + limit);
  };

  r.get(base, (c) => c.json({ replications: list(c).map(view) }));
  r.get(`${base}/detail`, (c) => c.json({ replications: list(c).map(view) }));
  r.get(`${base}/:id`, (c) => c.json({ replication: view(findPair(projectOf(c), c.req.param('id'))) }));

  r.delete(`${base}/:id`, (c) => {
    const p = findPair(projectOf(c), c.req.param('id'));
    if (p.status !== 'available' && p.status !== 'error') {
      throw evsBadRequest(
        `Invalid replication: status must be available or error, but current status is: ${p.status}.`,
      );
    }
    p.status = 'deleting';
    p.updated_at = sim.clock.now();
    sim.state.put('evs_pair', p);
    sim.engine.start({ type: 'evs:deleteReplication', project_id: p.project_id, ctx: { pair_id: p.id } });
    return c.body(null, 202);
  });

  return r;
}
