import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { GroupRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { checkSdrsDescription, checkSdrsName, requireString, unwrap } from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { ACTIVE_DOMAIN, DOMAIN_AZS } from '../domains';
import { byNewest, fuzzyName, isAbnormal, paginate, parsePage } from '../listing';
import { drillsOf, instancesOf, pairsOf, productionAz, setGroupStatus } from '../topology';
import { groupView } from '../views';
import { quotaFor } from './quotas';

const NO_DRILL_PERIOD_MS = 90 * 24 * 3600 * 1000;

export function findGroup(sim: Sim, projectId: string, id: string): GroupRec {
  const g = sim.state.get('group', id);
  if (!g || g.project_id !== projectId) throw sdrsError('SDRS.1013', 'Protection group not found');
  return g;
}

export function groupRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/server-groups';

  r.post(base, async (c) => {
    const body = unwrap(await readJson(c), 'server_group');
    const name = checkSdrsName(body.name);
    const description = checkSdrsDescription(body.description);
    const sourceAz = requireString(body.source_availability_zone, 'SDRS.0203', 'Invalid AZ');
    const targetAz = requireString(body.target_availability_zone, 'SDRS.0203', 'Invalid AZ');
    if (!DOMAIN_AZS.includes(sourceAz) || !DOMAIN_AZS.includes(targetAz) || sourceAz === targetAz) {
      throw sdrsError('SDRS.0203', 'Invalid AZ');
    }
    if (body.domain_id !== ACTIVE_DOMAIN.id) throw sdrsError('SDRS.0205', 'Invalid domain ID');
    const project = projectOf(c);
    const vpc = sim.state.get('vpc', requireString(body.source_vpc_id, 'SDRS.0204', 'Invalid VPC'));
    if (!vpc || vpc.project_id !== project) throw sdrsError('SDRS.0204', 'Invalid VPC');
    if (body.dr_type !== undefined && body.dr_type !== 'migration') {
      throw sdrsError('SDRS.0201', 'Invalid request parameters');
    }
    const used = sim.state.where('group', (g) => g.project_id === project).length;
    if (used >= quotaFor(sim, project).server_groups) {
      throw sdrsError('SDRS.0305', 'Insufficient protection group quota');
    }
    const now = sim.clock.now();
    const g = sim.state.put('group', {
      id: newUuid(),
      project_id: project,
      name,
      description,
      status: 'creating',
      progress: 0,
      source_az: sourceAz,
      target_az: targetAz,
      domain_id: ACTIVE_DOMAIN.id,
      priority_station: 'source',
      protected_status: 'stopped',
      replication_status: null,
      health_status: 'normal',
      vpc_id: vpc.id,
      created_at: now,
      updated_at: now,
    });
    const job = sim.engine.start({
      type: 'createProtectionGroupNoCG',
      project_id: project,
      entities: { server_group_id: g.id },
      ctx: { group_id: g.id },
    });
    return c.json({ job_id: job.id });
  });

  r.get(base, (c) => {
    const page = parsePage((n) => c.req.query(n));
    const { status, name, query_type: queryType, availability_zone: az } = c.req.query();
    const now = sim.clock.now();
    const matches = sim.state
      .where('group', (g) => g.project_id === projectOf(c))
      .filter((g) => !status || g.status === status)
      .filter((g) => fuzzyName(g.name, name))
      .filter((g) => !az || productionAz(g) === az)
      .filter((g) => {
        switch (queryType) {
          case 'status_abnormal':
            return isAbnormal(g.status) || g.health_status === 'abnormal';
          case 'stop_protected':
            return g.protected_status !== 'started';
          case 'period_no_dr_drill':
            return !drillsOf(sim.state, g.id).some((d) => now - d.created_at < NO_DRILL_PERIOD_MS);
          default:
            return true;
        }
      })
      .sort(byNewest);
    return c.json({
      server_groups: paginate(matches, page).map((g) => groupView(sim.state, g)),
      count: matches.length,
    });
  });

  r.get(`${base}/:id`, (c) => {
    const g = findGroup(sim, projectOf(c), c.req.param('id'));
    return c.json({ server_group: groupView(sim.state, g) });
  });

  r.put(`${base}/:id`, async (c) => {
    const body = unwrap(await readJson(c), 'server_group');
    const g = findGroup(sim, projectOf(c), c.req.param('id'));
    g.name = checkSdrsName(body.name);
    g.updated_at = sim.clock.now();
    sim.state.put('group', g);
    return c.json({ server_group: groupView(sim.state, g) });
  });

  r.delete(`${base}/:id`, (c) => {
    const g = findGroup(sim, projectOf(c), c.req.param('id'));
    if (instancesOf(sim.state, g.id).length > 0) {
      throw sdrsError('SDRS.1001', 'Protection group deletion not allowed due to a protected instance');
    }
    if (pairsOf(sim.state, g.id).length > 0) {
      throw sdrsError('SDRS.1010', 'Protection group deletion not allowed due to a replication pair');
    }
    if (drillsOf(sim.state, g.id).length > 0) {
      throw sdrsError('SDRS.1003', 'Protection group deletion not allowed due to a DR drill');
    }
    // [inferred] The docs list no allowed statuses for delete.
    if (!['available', 'error', 'error-deleting'].includes(g.status)) {
      throw sdrsError('SDRS.1002', 'Operation not allowed for the protection group in the current state');
    }
    setGroupStatus(sim.state, g, 'deleting', sim.clock.now());
    const job = sim.engine.start({
      type: 'deleteProtectionGroupNoCG',
      project_id: g.project_id,
      entities: { server_group_id: g.id },
      ctx: { group_id: g.id },
    });
    return c.json({ job_id: job.id });
  });

  return r;
}
