import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { PairRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import {
  checkSdrsDescription,
  checkSdrsName,
  isObject,
  optionalBoolean,
  requireString,
  unwrap,
} from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { byNewest, fuzzyName, isAbnormal, paginate, parseIdList, parsePage } from '../listing';
import { createVolume, drAz, pairOfVolume, productionAz } from '../topology';
import { pairView } from '../views';
import { findGroup } from './groups';
import { quotaFor } from './quotas';

const DELETE_GROUP = [
  'available',
  'protected',
  'failed-over',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
];
const DELETE_PAIR = [
  'available',
  'protected',
  'failed-over',
  'error',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
  'error-attaching',
  'error-extending',
  'invalid',
  'fault',
];

/** Pair not-found errors come flat, `{error_code, error_msg}` (reference §1.2, as parsed by HWTF). */
export function findPair(sim: Sim, projectId: string, id: string): PairRec {
  const p = sim.state.get('pair', id);
  if (!p || p.project_id !== projectId) throw sdrsError('SDRS.1608', 'Replication pair not found', 400, 'flat');
  return p;
}

export function pairRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/replications';

  r.post(base, async (c) => {
    const body = unwrap(await readJson(c), 'replication');
    const name = checkSdrsName(body.name);
    const description = checkSdrsDescription(body.description);
    const project = projectOf(c);
    const g = findGroup(sim, project, requireString(body.server_group_id, 'SDRS.0207', 'Invalid protection group ID'));
    if (!['available', 'protected'].includes(g.status)) {
      throw sdrsError(
        'SDRS.1024',
        'Operation not allowed because the protection group status not available or protected',
      );
    }
    const vol = sim.state.get('volume', requireString(body.volume_id, 'SDRS.0211', 'Invalid disk ID'));
    if (!vol || vol.project_id !== project) throw sdrsError('SDRS.0211', 'Invalid disk ID');
    if (vol.status !== 'available') throw sdrsError('SDRS.1801', 'Disk status not available');
    if (vol.az !== productionAz(g)) {
      throw sdrsError(
        'SDRS.1810',
        'Current production site AZ of the disk different from that of the protection group',
      );
    }
    if (vol.encrypted) throw sdrsError('SDRS.1802', 'Disk encrypted');
    if (pairOfVolume(sim.state, vol.id) || sim.state.all('evs_pair').some((p) => p.volume_ids.includes(vol.id))) {
      throw sdrsError('SDRS.1811', 'Disk already used by a replication pair');
    }
    if (sim.state.where('pair', (p) => p.project_id === project).length >= quotaFor(sim, project).replications) {
      throw sdrsError('SDRS.0306', 'Insufficient replication pair quota');
    }
    const now = sim.clock.now();
    const drVol = createVolume(
      sim.state,
      {
        project_id: project,
        name: vol.name,
        size: vol.size,
        volume_type: vol.volume_type,
        bootable: vol.bootable,
        multiattach: vol.multiattach,
        az: drAz(g),
        status: 'creating',
      },
      now,
    );
    const p = sim.state.put('pair', {
      id: newUuid(),
      project_id: project,
      group_id: g.id,
      name,
      description,
      status: 'creating',
      progress: 0,
      replication_status: 'inactive',
      attachment: [],
      volume_ids: [vol.id, drVol.id],
      priority_station: g.priority_station,
      fault_level: '0',
      failure_detail: null,
      created_at: now,
      updated_at: now,
    });
    const job = sim.engine.start({
      type: 'createReplicationPairNoCG',
      project_id: project,
      entities: { replication_pair_id: p.id, server_group_id: g.id },
      ctx: { pair_id: p.id, group_id: g.id, sync: g.status === 'protected' },
    });
    return c.json({ job_id: job.id });
  });

  r.get(base, (c) => {
    const page = parsePage((n) => c.req.query(n));
    const q = c.req.query();
    const groupIds = parseIdList(q.server_group_ids) ?? (q.server_group_id ? [q.server_group_id] : null);
    const instanceIds =
      parseIdList(q.protected_instance_ids) ?? (q.protected_instance_id ? [q.protected_instance_id] : null);
    const matches = sim.state
      .where('pair', (p) => p.project_id === projectOf(c))
      .filter((p) => !groupIds || groupIds.includes(p.group_id))
      .filter((p) => !instanceIds || p.attachment.some((a) => instanceIds.includes(a.protected_instance)))
      .filter((p) => !q.volume_id || p.volume_ids.includes(q.volume_id))
      .filter((p) => !q.status || p.status === q.status)
      .filter((p) => fuzzyName(p.name, q.name))
      .filter((p) => q.query_type !== 'status_abnormal' || isAbnormal(p.status) || p.fault_level !== '0')
      .filter((p) => {
        if (!q.availability_zone) return true;
        const g = sim.state.get('group', p.group_id);
        return g !== undefined && productionAz(g) === q.availability_zone;
      })
      .sort(byNewest);
    return c.json({ replications: paginate(matches, page).map((p) => pairView(sim.state, p)), count: matches.length });
  });

  r.get(`${base}/:id`, (c) =>
    c.json({ replication: pairView(sim.state, findPair(sim, projectOf(c), c.req.param('id'))) }),
  );

  r.put(`${base}/:id`, async (c) => {
    const body = unwrap(await readJson(c), 'replication');
    const p = findPair(sim, projectOf(c), c.req.param('id'));
    p.name = checkSdrsName(body.name);
    p.updated_at = sim.clock.now();
    sim.state.put('pair', p);
    return c.json({ replication: pairView(sim.state, p) });
  });

  r.delete(`${base}/:id`, async (c) => {
    const raw = await readJson(c, false);
    const body = isObject(raw) && isObject(raw.replication) ? raw.replication : {};
    const deleteVolume = optionalBoolean(body.delete_target_volume);
    const p = findPair(sim, projectOf(c), c.req.param('id'));
    if (body.server_group_id !== undefined && body.server_group_id !== p.group_id) {
      throw sdrsError('SDRS.1611', 'Replication pair not in the protection group');
    }
    if (p.attachment.length > 0) throw sdrsError('SDRS.1605', 'Replication pair attached');
    const g = sim.state.get('group', p.group_id);
    if (g && !DELETE_GROUP.includes(g.status)) {
      throw sdrsError('SDRS.1002', 'Operation not allowed for the protection group in the current state');
    }
    if (!DELETE_PAIR.includes(p.status)) throw sdrsError('SDRS.0214', 'Incorrect replication pair status');
    p.status = 'deleting';
    p.updated_at = sim.clock.now();
    sim.state.put('pair', p);
    const job = sim.engine.start({
      type: 'deleteReplicationPairNoCG',
      project_id: p.project_id,
      entities: { replication_pair_id: p.id, server_group_id: p.group_id },
      ctx: { pair_id: p.id, group_id: p.group_id, delete_target_volume: deleteVolume },
    });
    return c.json({ job_id: job.id });
  });

  r.post(`${base}/:id/action`, async (c) => {
    const body = await readJson(c);
    const params = isObject(body) ? body['extend-replication'] : undefined;
    if (!isObject(params)) throw sdrsError('SDRS.0206', 'Invalid action');
    const p = findPair(sim, projectOf(c), c.req.param('id'));
    const vol = sim.state.get('volume', p.volume_ids[0]);
    // Decimals are truncated (reference §2.2 R6).
    const newSize = typeof params.new_size === 'number' ? Math.trunc(params.new_size) : NaN;
    if (!Number.isFinite(newSize) || !vol || newSize <= vol.size)
      throw sdrsError('SDRS.0201', 'Invalid request parameters');
    if (!['available', 'protected', 'error-extending'].includes(p.status)) {
      throw sdrsError('SDRS.0214', 'Incorrect replication pair status');
    }
    const vols = p.volume_ids.map((id) => sim.state.get('volume', id));
    if (vols.some((v) => v && v.multiattach && v.status === 'in-use')) {
      throw sdrsError(
        'SDRS.1818',
        'This operation cannot be performed because the shared disks of the replication pair are not in the Available state',
      );
    }
    if (vols.some((v) => !v || !['available', 'in-use'].includes(v.status))) {
      throw sdrsError(
        'SDRS.1817',
        'Operation cannot be performed because the disk of the replication pair is not in the available or in-use state',
      );
    }
    const prev = p.status === 'error-extending' ? (p.attachment.length > 0 ? 'protected' : 'available') : p.status;
    p.status = 'extending';
    sim.state.put('pair', p);
    const job = sim.engine.start({
      type: 'expandReplicationPairNew',
      project_id: p.project_id,
      entities: { replication_pair_id: p.id },
      ctx: { pair_id: p.id, group_id: p.group_id, new_size: newSize, prev_status: prev },
    });
    return c.json({ job_id: job.id });
  });

  return r;
}
