import { Hono } from 'hono';
import { sdrsError } from '../../core/errors';
import type { GroupRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { isObject } from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { pairSubJobsFor } from '../jobs/group-jobs';
import {
  currentDrServer,
  currentProductionServer,
  instancesOf,
  pairsOf,
  setGroupStatus,
  setMemberStatus,
  setSyncProgress,
} from '../topology';
import { findGroup } from './groups';

const ACTIONS = ['start-server-group', 'stop-server-group', 'reverse-server-group', 'failover-server-group'];

const notAllowed = () => sdrsError('SDRS.1002', 'Operation not allowed for the protection group in the current state');

function requirePairs(sim: Sim, g: GroupRec, code: string, message: string): void {
  if (pairsOf(sim.state, g.id).length === 0) throw sdrsError(code, message);
}

/** Enable, disable, planned failover and failover share one URL; the body's only key picks the action. */
export function groupActionRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();

  r.post('/v1/:project_id/server-groups/:id/action', async (c) => {
    const body = await readJson(c);
    const keys = isObject(body) ? Object.keys(body) : [];
    const action = keys.length === 1 ? keys[0] : undefined;
    if (!action || !ACTIONS.includes(action)) throw sdrsError('SDRS.0206', 'Invalid action');
    const g = findGroup(sim, projectOf(c), c.req.param('id'));
    const now = sim.clock.now();
    const start = (type: string, transitional: string, subType: string, subPhase: number, ctx = {}) => {
      const sub_jobs = pairSubJobsFor(sim.state, g, subType, subPhase);
      setGroupStatus(sim.state, g, transitional, now);
      setMemberStatus(sim.state, g.id, transitional, now);
      const job = sim.engine.start({
        type,
        project_id: g.project_id,
        entities: { server_group_id: g.id },
        ctx: { group_id: g.id, ...ctx },
        sub_jobs,
      });
      return c.json({ job_id: job.id });
    };

    switch (action) {
      case 'start-server-group': {
        // The same request enables protection or re-protects, depending on the group's status.
        if (['available', 'error-starting'].includes(g.status)) {
          requirePairs(sim, g, 'SDRS.1027', 'Failed to enable protection');
          setSyncProgress(sim.state, g.id, 0, now);
          return start('startProtectionGroupNoCG', 'starting', 'startProtectionGroupRepNoCG', 1);
        }
        if (['failed-over', 'error-reprotecting'].includes(g.status)) {
          const running = instancesOf(sim.state, g.id).some(
            (pi) => currentDrServer(sim.state, g, pi)?.status !== 'SHUTOFF',
          );
          if (running) throw sdrsError('SDRS.1342', 'Current DR site server is not stopped');
          setSyncProgress(sim.state, g.id, 0, now);
          return start('reprotectProtectionGroupNoCG', 'reprotecting', 'reprotectProtectionGroupRepNoCG', 1);
        }
        throw notAllowed();
      }
      case 'stop-server-group': {
        if (!['protected', 'error-stopping'].includes(g.status)) {
          throw sdrsError(
            'SDRS.1019',
            'Operation not allowed because the protection status of the protection group not started',
          );
        }
        return start('stopProtectionGroupNoCG', 'stopping', 'stopProtectionGroupRepNoCG', 0);
      }
      case 'reverse-server-group': {
        const params = isObject(body) ? body[action] : undefined;
        const station = isObject(params) ? params.priority_station : undefined;
        if (station !== 'source' && station !== 'target') throw sdrsError('SDRS.0216', 'Invalid preferred AZ');
        if (!['protected', 'error-reversing'].includes(g.status)) throw notAllowed();
        // [inferred] Reversing to the station that already runs production is refused the same way.
        if (station === g.priority_station && g.status === 'protected') {
          throw sdrsError('SDRS.0216', 'Invalid preferred AZ');
        }
        requirePairs(sim, g, 'SDRS.1029', 'Failed to perform the planned failover');
        if (pairsOf(sim.state, g.id).some((p) => p.replication_status === 'copying')) {
          throw sdrsError(
            'SDRS.1830',
            'Operation not allowed because replication pairs in this protection group are synchronizing data',
          );
        }
        const running = instancesOf(sim.state, g.id).some(
          (pi) => currentProductionServer(sim.state, g, pi)?.status !== 'SHUTOFF',
        );
        if (running) throw sdrsError('SDRS.1319', 'Server at the current production site not stopped');
        return start('reverseProtectionGroupNoCG', 'reversing', 'reverseProtectionGroupRepNoCG', 0, {
          priority_station: station,
        });
      }
      default: {
        if (!['protected', 'error-failing-over', 'error-reversing'].includes(g.status)) throw notAllowed();
        requirePairs(sim, g, 'SDRS.1030', 'Failed to perform the failover');
        return start('failoverProtectionGroupNoCG', 'failing-over', 'failoverProtectionGroupRepNoCG', 1);
      }
    }
  });

  return r;
}
