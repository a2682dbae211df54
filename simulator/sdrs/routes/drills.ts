import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { DrillRec, GroupRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { checkSdrsName, requireString, unwrap } from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { byNewest, fuzzyName, paginate, parsePage } from '../listing';
import { drillView } from '../views';
import { findGroup } from './groups';

const DRILL_GROUP = [
  'available',
  'protected',
  'failed-over',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-reprotecting',
  'error-failing-over',
];

export function findDrill(sim: Sim, projectId: string, id: string): DrillRec {
  const d = sim.state.get('drill', id);
  if (!d || d.project_id !== projectId) throw sdrsError('SDRS.1902', 'DR drill not found');
  return d;
}

/** An existing drill VPC must copy the group VPC's CIDR, have a subnet, and not be in use (SDRS.1907-1921). */
function drillVpc(sim: Sim, g: GroupRec, ref: unknown): string {
  const groupVpc = sim.state.get('vpc', g.vpc_id);
  if (ref === undefined || ref === null || ref === '') {
    const now = sim.clock.now();
    const vpc = sim.state.put('vpc', {
      id: newUuid(),
      project_id: g.project_id,
      name: `sdrs-drill-${g.name}`.slice(0, 64),
      cidr: groupVpc?.cidr ?? '192.168.0.0/16',
      created_at: now,
    });
    for (const subnet of sim.state.where('subnet', (s) => s.vpc_id === g.vpc_id)) {
      sim.state.put('subnet', {
        ...subnet,
        id: newUuid(),
        neutron_subnet_id: newUuid(),
        vpc_id: vpc.id,
        created_at: now,
      });
    }
    return vpc.id;
  }
  const vpc = typeof ref === 'string' ? sim.state.get('vpc', ref) : undefined;
  if (!vpc || vpc.project_id !== g.project_id) throw sdrsError('SDRS.1928', 'Failed to find the VPC');
  if (vpc.id === g.vpc_id) throw sdrsError('SDRS.1907', 'Drill VPC conflicts with the VPC of the protection group');
  if (!sim.state.all('subnet').some((s) => s.vpc_id === vpc.id))
    throw sdrsError('SDRS.1908', 'Drill VPC not have a subnet');
  if (vpc.cidr !== groupVpc?.cidr) throw sdrsError('SDRS.1909', 'Drill VPC not have the CIDR block');
  if (sim.state.all('drill').some((d) => d.drill_vpc_id === vpc.id)) {
    throw sdrsError('SDRS.1921', 'Drill VPC is already used for creating a DR drill');
  }
  return vpc.id;
}

export function drillRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/disaster-recovery-drills';

  r.post(base, async (c) => {
    const body = unwrap(await readJson(c), 'disaster_recovery_drill');
    const name = checkSdrsName(body.name);
    const project = projectOf(c);
    const g = findGroup(sim, project, requireString(body.server_group_id, 'SDRS.0207', 'Invalid protection group ID'));
    if (!DRILL_GROUP.includes(g.status)) {
      throw sdrsError('SDRS.1002', 'Operation not allowed for the protection group in the current state');
    }
    // [inferred] The guide warns against drilling before the first sync; the simulator refuses it.
    if (g.replication_status === 'copying') {
      throw sdrsError(
        'SDRS.1830',
        'Operation not allowed because replication pairs in this protection group are synchronizing data',
      );
    }
    const vpcId = drillVpc(sim, g, body.drill_vpc_id);
    const now = sim.clock.now();
    const d = sim.state.put('drill', {
      id: newUuid(),
      project_id: project,
      group_id: g.id,
      name,
      status: 'creating',
      drill_vpc_id: vpcId,
      drill_servers: [],
      created_at: now,
      updated_at: now,
    });
    const job = sim.engine.start({
      type: 'createDisasterRecoveryDrill',
      project_id: project,
      entities: { disaster_recovery_drill_id: d.id, server_group_id: g.id },
      ctx: { drill_id: d.id, group_id: g.id },
    });
    return c.json({ job_id: job.id });
  });

  r.get(base, (c) => {
    const page = parsePage((n) => c.req.query(n));
    const q = c.req.query();
    const matches = sim.state
      .where('drill', (d) => d.project_id === projectOf(c))
      .filter((d) => !q.server_group_id || d.group_id === q.server_group_id)
      .filter((d) => !q.status || d.status === q.status)
      .filter((d) => !q.drill_vpc_id || d.drill_vpc_id === q.drill_vpc_id)
      .filter((d) => fuzzyName(d.name, q.name))
      .sort(byNewest);
    return c.json({ disaster_recovery_drills: paginate(matches, page).map(drillView), count: matches.length });
  });

  r.get(`${base}/:id`, (c) =>
    c.json({ disaster_recovery_drill: drillView(findDrill(sim, projectOf(c), c.req.param('id'))) }),
  );

  r.put(`${base}/:id`, async (c) => {
    const body = unwrap(await readJson(c), 'disaster_recovery_drill');
    const d = findDrill(sim, projectOf(c), c.req.param('id'));
    d.name = checkSdrsName(body.name);
    d.updated_at = sim.clock.now();
    sim.state.put('drill', d);
    return c.json({ disaster_recovery_drill: drillView(d) });
  });

  r.delete(`${base}/:id`, (c) => {
    const d = findDrill(sim, projectOf(c), c.req.param('id'));
    if (!['available', 'error', 'error-deleting'].includes(d.status)) {
      throw sdrsError('SDRS.1913', 'DR drill deletion not allowed in the current state');
    }
    d.status = 'deleting';
    d.updated_at = sim.clock.now();
    sim.state.put('drill', d);
    const job = sim.engine.start({
      type: 'deleteDisasterRecoveryDrill',
      project_id: d.project_id,
      entities: { disaster_recovery_drill_id: d.id, server_group_id: d.group_id },
      ctx: { drill_id: d.id, group_id: d.group_id },
    });
    return c.json({ job_id: job.id });
  });

  return r;
}
