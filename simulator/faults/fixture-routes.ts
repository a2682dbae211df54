import { Hono } from 'hono';
import { newUuid } from '../core/ids';
import type { FailureJobRec } from '../core/model';
import type { Sim } from '../core/sim';
import { isObject } from '../core/validation';
import type { SimEnv } from '../http/env';
import { firstFreeIp } from '../sdrs/routes/instance-rules';
import { SeedBuilder, type DiskSpec } from '../seed/builder';

const bad = (message: string) => ({ error: { code: 'SIM.0400', message } });
const STATUSES = ['ACTIVE', 'SHUTOFF'] as const;

/**
 * `POST /__sim/servers`: adds a server to a project as if it had been bought in the ECS console,
 * so a journey can protect servers of its own instead of sharing the seeded ones. Loopback only,
 * like every `/__sim/` control (guarded in `faultRoutes`).
 */
export function fixtureRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  r.post('/__sim/servers', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    if (!isObject(body) || typeof body.name !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(body.name))
      return c.json(bad('name (the server name rule) is required'), 400);
    const project = sim.state.all('project').find((p) => p.name === (body.project ?? 'eu-de'));
    if (!project) return c.json(bad('no such project'), 400);
    const vpc = sim.state.all('vpc').find((v) => v.project_id === project.id && v.name === (body.vpc ?? 'vpc-dr-demo'));
    const subnet = sim.state
      .all('subnet')
      .find((s) => s.vpc_id === vpc?.id && s.name === (body.subnet ?? 'subnet-app'));
    if (!vpc || !subnet) return c.json(bad('no such VPC or subnet'), 400);
    const status = body.status ?? 'ACTIVE';
    if (!STATUSES.includes(status as (typeof STATUSES)[number])) return c.json(bad('status: ACTIVE or SHUTOFF'), 400);
    const disks: DiskSpec[] = Array.isArray(body.disks)
      ? body.disks.filter(isObject).map((d) => ({ size: Number(d.size) || 40, type: String(d.type ?? 'SSD') }))
      : [{ size: 40, type: 'SSD' }];
    if (disks.length === 0) return c.json(bad('a server needs a system disk'), 400);
    // From .100 on: the addresses below are the seed's and the NICs' the journeys add.
    let ip: string;
    try {
      ip = firstFreeIp(sim, subnet.id, 100);
    } catch {
      return c.json(bad('the subnet is full'), 400);
    }
    const sgs = sim.state.all('security_group').filter((g) => g.vpc_id === vpc.id);
    const server = new SeedBuilder(sim.state, project.id).server(`fixture:${newUuid()}`, {
      name: body.name,
      az: typeof body.az === 'string' ? body.az : 'eu-de-01',
      vpcId: vpc.id,
      subnetId: subnet.id,
      ip,
      flavor: typeof body.flavor === 'string' ? body.flavor : 's3.large.2',
      status: status as (typeof STATUSES)[number],
      securityGroupIds: sgs.slice(0, 1).map((g) => g.id),
      disks,
    });
    return c.json({ server: { id: server.id, name: server.name } });
  });

  // A pair's fault level as the storage backend would report it: 2, production disk lost; 5,
  // replication link down; 0, healthy again.
  r.put('/__sim/pairs/:id/fault-level', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const level = isObject(body) ? body.fault_level : undefined;
    if (level !== '0' && level !== '2' && level !== '5') return c.json(bad("fault_level: '0', '2' or '5'"), 400);
    const pair = sim.state.get('pair', c.req.param('id'));
    if (!pair) return c.json(bad('no such pair'), 404);
    sim.state.put('pair', { ...pair, fault_level: level });
    return c.body(null, 204);
  });

  // The task center's records as stored, so a journey that dismisses everything can put them back.
  r.get('/__sim/failure-jobs', (c) => c.json({ records: sim.state.all('failure_job') }));
  r.post('/__sim/failure-jobs', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const records = isObject(body) && Array.isArray(body.records) ? body.records : null;
    if (!records || !records.every((rec) => isObject(rec) && typeof rec.id === 'string'))
      return c.json(bad('records (as GET returns them) are required'), 400);
    for (const rec of records) sim.state.put('failure_job', rec as FailureJobRec);
    return c.body(null, 204);
  });
  return r;
}
