import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { GroupRec, InstanceRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { isObject, requireString, unwrap } from '../../core/validation';
import { findFlavor } from '../../ecs/flavors';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { currentDrServer, currentProductionServer, deviceInUse, normaliseDevice } from '../topology';
import { findInstance } from './instances';
import { checkFreeIp, firstFreeIp } from './instance-rules';
import { findPair } from './pairs';

const DETACH_GROUP = [
  'available',
  'protected',
  'failed-over',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
];
const DETACH_INSTANCE = [...DETACH_GROUP, 'error-deleting', 'error-reprotecting', 'error-resizing', 'invalid', 'fault'];
const DETACH_PAIR = [
  'available',
  'protected',
  'failed-over',
  'error-attaching',
  'error-detaching',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
  'error-extending',
  'invalid',
  'fault',
];
const MAX_NICS = 12;

const groupAndInstance = (sim: Sim, projectId: string, id: string): { g: GroupRec; pi: InstanceRec } => {
  const pi = findInstance(sim, projectId, id);
  const g = sim.state.get('group', pi.group_id);
  if (!g) throw sdrsError('SDRS.1013', 'Protection group not found');
  return { g, pi };
};

function requireSteady(g: GroupRec, pi: InstanceRec, code = 'SDRS.1328'): void {
  if (!['available', 'protected'].includes(g.status)) {
    throw sdrsError(
      'SDRS.1024',
      'Operation not allowed because the protection group status not available or protected',
    );
  }
  if (!['available', 'protected'].includes(pi.status)) {
    throw sdrsError(code, 'Operation not allowed because the protected instance status not available');
  }
}

function setInstanceTransitional(sim: Sim, pi: InstanceRec, status: string): string {
  const prev = pi.status;
  pi.status = status;
  pi.updated_at = sim.clock.now();
  sim.state.put('instance', pi);
  return prev;
}

/** Attach/detach pairs, NICs and resize (reference §2.2 I8-I12). */
export function instanceOpRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/protected-instances/:id';

  r.post(`${base}/attachreplication`, async (c) => {
    const body = unwrap(await readJson(c), 'replicationAttachment');
    const device = requireString(body.device);
    if (!/^\/dev\/(x?v|s)d[a-z]$/.test(device)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const { g, pi } = groupAndInstance(sim, projectOf(c), c.req.param('id'));
    requireSteady(g, pi);
    const p = findPair(
      sim,
      projectOf(c),
      requireString(body.replication_id, 'SDRS.0213', 'Invalid replication pair ID'),
    );
    if (p.group_id !== g.id) throw sdrsError('SDRS.1611', 'Replication pair not in the protection group');
    if (!['available', 'protected'].includes(p.status))
      throw sdrsError('SDRS.1601', 'Replication pair status not available');
    const shared = sim.state.get('volume', p.volume_ids[0])?.multiattach === true;
    const prodServer = currentProductionServer(sim.state, g, pi);
    if ((p.attachment.length > 0 && !shared) || (prodServer && deviceInUse(prodServer, device))) {
      throw sdrsError('SDRS.1603', 'Replication pair attached or device name used to attach to a disk');
    }
    const prev = p.status;
    p.status = 'attaching';
    sim.state.put('pair', p);
    const job = sim.engine.start({
      type: 'attachReplicationPairNew',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id, replication_pair_id: p.id },
      ctx: { instance_id: pi.id, pair_id: p.id, group_id: g.id, device: normaliseDevice(device), prev_status: prev },
    });
    return c.json({ job_id: job.id });
  });

  r.delete(`${base}/detachreplication/:replication_id`, (c) => {
    const { g, pi } = groupAndInstance(sim, projectOf(c), c.req.param('id'));
    const p = findPair(sim, projectOf(c), c.req.param('replication_id'));
    if (!DETACH_GROUP.includes(g.status))
      throw sdrsError('SDRS.1002', 'Operation not allowed for the protection group in the current state');
    if (!DETACH_INSTANCE.includes(pi.status))
      throw sdrsError('SDRS.1328', 'Operation not allowed because the protected instance status not available');
    if (!DETACH_PAIR.includes(p.status)) throw sdrsError('SDRS.0214', 'Incorrect replication pair status');
    const attachment = p.attachment.find((a) => a.protected_instance === pi.id);
    if (!attachment) throw sdrsError('SDRS.1604', 'Replication pair not attached');
    const isSystemDisk = /^\/dev\/(x?v|s)da$/.test(attachment.device);
    if (isSystemDisk && currentProductionServer(sim.state, g, pi)?.status !== 'SHUTOFF') {
      throw sdrsError('SDRS.1316', 'Server not stopped');
    }
    const prev = p.status;
    p.status = 'detaching';
    sim.state.put('pair', p);
    const job = sim.engine.start({
      type: 'detachReplicationPairNew',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id, replication_pair_id: p.id },
      ctx: { instance_id: pi.id, pair_id: p.id, group_id: g.id, prev_status: prev },
    });
    return c.json({ job_id: job.id });
  });

  // Add-NIC and delete-NIC bodies are flat: no wrapper key (reference §7.2).
  r.post(`${base}/nic`, async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const { g, pi } = groupAndInstance(sim, projectOf(c), c.req.param('id'));
    requireSteady(g, pi, 'SDRS.1327');
    const subnet = sim.state.get('subnet', requireString(body.subnet_id));
    if (!subnet || subnet.vpc_id !== g.vpc_id) throw sdrsError('SDRS.1335', 'Subnet not found');
    const groups = body.security_groups === undefined ? [] : body.security_groups;
    if (
      !Array.isArray(groups) ||
      groups.some((sg) => !isObject(sg) || !sim.state.get('security_group', String(sg.id)))
    ) {
      throw sdrsError('SDRS.0201', 'Invalid request parameters');
    }
    const prod = currentProductionServer(sim.state, g, pi);
    if (prod && prod.nics.length >= MAX_NICS) {
      throw sdrsError('SDRS.1340', 'Number of NICs for one protected instance reaches the upper limit');
    }
    const ip =
      body.ip_address === undefined ? firstFreeIp(sim, subnet.id) : checkFreeIp(sim, subnet.id, body.ip_address);
    const prev = setInstanceTransitional(sim, pi, 'nic-creating');
    const job = sim.engine.start({
      type: 'addNicNew',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id },
      ctx: {
        instance_id: pi.id,
        group_id: g.id,
        subnet_id: subnet.id,
        ip_address: ip,
        port_id: newUuid(),
        prev_status: prev,
      },
    });
    return c.json({ job_id: job.id });
  });

  r.post(`${base}/nic/delete`, async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const nicId = requireString(body.nic_id, 'SDRS.0223', 'Invalid NIC ID');
    const { g, pi } = groupAndInstance(sim, projectOf(c), c.req.param('id'));
    requireSteady(g, pi, 'SDRS.1327');
    const nic = currentProductionServer(sim.state, g, pi)?.nics.find((n) => n.port_id === nicId);
    if (!nic) throw sdrsError('SDRS.1310', 'NIC not exist');
    if (nic.primary) throw sdrsError('SDRS.1311', 'Deleting the primary NIC not allowed');
    const prev = setInstanceTransitional(sim, pi, 'nic-deleting');
    const job = sim.engine.start({
      type: 'deleteNicNew',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id },
      ctx: { instance_id: pi.id, group_id: g.id, nic_id: nicId, prev_status: prev },
    });
    return c.json({ job_id: job.id });
  });

  r.post(`${base}/resize`, async (c) => {
    const body = unwrap(await readJson(c), 'resize');
    const { g, pi } = groupAndInstance(sim, projectOf(c), c.req.param('id'));
    const flavorOf = (v: unknown): string | undefined => {
      if (v === undefined || v === null || v === '') return undefined;
      if (typeof v !== 'string' || !findFlavor(v)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
      return v;
    };
    // flavorRef applies to both servers and overrides the other two.
    const both = flavorOf(body.flavorRef);
    const prodFlavor = both ?? flavorOf(body.production_flavorRef);
    const drFlavor = both ?? flavorOf(body.dr_flavorRef);
    if (!prodFlavor && !drFlavor) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    if (!['available', 'protected'].includes(g.status)) {
      throw sdrsError(
        'SDRS.1024',
        'Operation not allowed because the protection group status not available or protected',
      );
    }
    if (!['available', 'protected', 'error-resizing'].includes(pi.status)) {
      throw sdrsError('SDRS.1328', 'Operation not allowed because the protected instance status not available');
    }
    // "Production" and "DR" are the sites as they stand now, which a switchover swaps.
    const prod = currentProductionServer(sim.state, g, pi);
    const dr = currentDrServer(sim.state, g, pi);
    if ((prodFlavor ?? prod?.flavor_id) === prod?.flavor_id && (drFlavor ?? dr?.flavor_id) === dr?.flavor_id) {
      throw sdrsError('SDRS.1341', 'Another flavor must be used for resizing');
    }
    if (prodFlavor && prod?.status !== 'SHUTOFF')
      throw sdrsError('SDRS.1352', 'Current production site server not stopped');
    if (drFlavor && dr?.status !== 'SHUTOFF') throw sdrsError('SDRS.1342', 'Current DR site server is not stopped');
    const prev = setInstanceTransitional(sim, pi, 'resizing');
    const job = sim.engine.start({
      type: 'resizeProtectedInstanceNew',
      project_id: pi.project_id,
      entities: { protected_instance_id: pi.id },
      ctx: {
        instance_id: pi.id,
        group_id: g.id,
        production_flavor: prodFlavor ?? '',
        dr_flavor: drFlavor ?? '',
        production_server_id: prod?.id ?? '',
        dr_server_id: dr?.id ?? '',
        prev_status: prev === 'error-resizing' ? 'available' : prev,
      },
    });
    return c.json({ job_id: job.id });
  });

  return r;
}
