import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { InstanceRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import {
  checkSdrsDescription,
  checkSdrsName,
  checkTags,
  isObject,
  optionalBoolean,
  requireString,
  unwrap,
} from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { byNewest, fuzzyName, isAbnormal, paginate, parseIdList, parsePage } from '../listing';
import { instancesOf, productionAz } from '../topology';
import { instanceView } from '../views';
import { findGroup } from './groups';
import { checkInstancePlacement, planDisks, planDrNetwork, checkDrFlavor } from './instance-rules';

const DELETABLE = [
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
  'error-resizing',
  'invalid',
  'fault',
];

const GROUP_BUSY = ['creating', 'deleting', 'starting', 'stopping', 'reversing', 'failing-over', 'reprotecting'];

export function findInstance(sim: Sim, projectId: string, id: string): InstanceRec {
  const pi = sim.state.get('instance', id);
  if (!pi || pi.project_id !== projectId) throw sdrsError('SDRS.1320', 'Protected instance not found');
  return pi;
}

export function instanceRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/protected-instances';

  r.post(base, async (c) => {
    const body = unwrap(await readJson(c), 'protected_instance');
    const name = checkSdrsName(body.name);
    const description = checkSdrsDescription(body.description);
    const tags = body.tags === undefined ? [] : checkTags(body.tags, 10);
    const project = projectOf(c);
    const g = findGroup(sim, project, requireString(body.server_group_id, 'SDRS.0207', 'Invalid protection group ID'));
    if (!['available', 'protected'].includes(g.status)) {
      throw sdrsError(
        'SDRS.1323',
        'Protected instance creation not allowed because the protection group status not available',
      );
    }
    const server = checkInstancePlacement(
      sim,
      project,
      g,
      requireString(body.server_id, 'SDRS.0210', 'Invalid server ID'),
    );
    const flavorRef = checkDrFlavor(g, body.flavorRef, sim.faults.soldOut);
    const network = planDrNetwork(sim, g, body.primary_subnet_id, body.primary_ip_address);
    const disks = planDisks(sim, project, server, name);
    if (instancesOf(sim.state, g.id).length >= 1000) {
      throw sdrsError('SDRS.1358', 'Number of protected instances in the protection group reaches the upper limit');
    }

    const now = sim.clock.now();
    const drServerId = newUuid();
    const pi = sim.state.put('instance', {
      id: newUuid(),
      project_id: project,
      group_id: g.id,
      name,
      description,
      status: 'creating',
      progress: 0,
      source_server: server.id,
      target_server: drServerId,
      tags,
      created_at: now,
      updated_at: now,
    });
    const job = sim.engine.start({
      type: 'createProtectedInstanceNoCG',
      project_id: project,
      entities: { protected_instance_id: pi.id, server_group_id: g.id },
      ctx: {
        instance_id: pi.id,
        instance_name: pi.name,
        group_id: g.id,
        server_id: server.id,
        dr_server_id: drServerId,
        flavor_ref: flavorRef,
        subnet_id: network.subnetId,
        ip_address: network.ip,
        disks,
        sync: g.status === 'protected',
      },
      sub_jobs: [
        { job_type: 'createServerNoCG', phase: 0, entities: { server_id: drServerId } },
        ...disks.map((d) => ({
          job_type: 'createReplicationPairNoCG',
          phase: 1,
          entities: { replication_pair_id: d.pair_id },
        })),
        ...disks.map((d) => ({
          job_type: 'attachReplicationPairNew',
          phase: 2,
          entities: { replication_pair_id: d.pair_id },
        })),
      ],
    });
    return c.json({ job_id: job.id });
  });

  r.get(base, (c) => {
    const page = parsePage((n) => c.req.query(n));
    const q = c.req.query();
    const groupIds = parseIdList(q.server_group_ids) ?? (q.server_group_id ? [q.server_group_id] : null);
    // protected_instance_ids is ignored when a group filter is present (reference §2.2 I3).
    const ids = groupIds ? null : parseIdList(q.protected_instance_ids);
    const matches = sim.state
      .where('instance', (pi) => pi.project_id === projectOf(c))
      .filter((pi) => !groupIds || groupIds.includes(pi.group_id))
      .filter((pi) => !ids || ids.includes(pi.id))
      .filter((pi) => !q.status || pi.status === q.status)
      .filter((pi) => fuzzyName(pi.name, q.name))
      .filter((pi) => q.query_type !== 'status_abnormal' || isAbnormal(pi.status))
      .filter((pi) => {
        if (!q.availability_zone) return true;
        const g = sim.state.get('group', pi.group_id);
        return g !== undefined && productionAz(g) === q.availability_zone;
      })
      .sort(byNewest);
    return c.json({
      protected_instances: paginate(matches, page).map((pi) => instanceView(sim.state, pi)),
      count: matches.length,
    });
  });

  r.get(`${base}/:id`, (c) => {
    const pi = findInstance(sim, projectOf(c), c.req.param('id'));
    return c.json({ protected_instance: instanceView(sim.state, pi) });
  });

  r.put(`${base}/:id`, async (c) => {
    const body = unwrap(await readJson(c), 'protected_instance');
    const pi = findInstance(sim, projectOf(c), c.req.param('id'));
    pi.name = checkSdrsName(body.name);
    pi.updated_at = sim.clock.now();
    sim.state.put('instance', pi);
    return c.json({ protected_instance: instanceView(sim.state, pi) });
  });

  r.delete(`${base}/:id`, async (c) => {
    const body = await readJson(c, false);
    if (!isObject(body)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const deleteServer = optionalBoolean(body.delete_target_server);
    optionalBoolean(body.delete_target_eip);
    const pi = findInstance(sim, projectOf(c), c.req.param('id'));
    if (!DELETABLE.includes(pi.status)) {
      throw sdrsError('SDRS.1301', 'Protected instance deletion not allowed in the current state');
    }
    const g = sim.state.get('group', pi.group_id);
    if (g && GROUP_BUSY.includes(g.status)) {
      throw sdrsError(
        'SDRS.1324',
        'Protected instance deletion not allowed because the protection group status not available',
      );
    }
    const attached = sim.state.where('pair', (p) => p.attachment.some((a) => a.protected_instance === pi.id));
    pi.status = 'deleting';
    pi.updated_at = sim.clock.now();
    sim.state.put('instance', pi);
    const job = sim.engine.start({
      type: 'deleteProtectedInstanceNoCG',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id, server_group_id: pi.group_id },
      ctx: { instance_id: pi.id, instance_name: pi.name, group_id: pi.group_id, delete_target_server: deleteServer },
      sub_jobs: [
        ...attached.map((p) => ({
          job_type: 'detachReplicationPairNew',
          phase: 0,
          entities: { replication_pair_id: p.id },
        })),
        ...(deleteServer
          ? [{ job_type: 'deleteServerNoCG', phase: 1, entities: { server_id: pi.target_server } }]
          : []),
      ],
    });
    return c.json({ job_id: job.id });
  });

  return r;
}
