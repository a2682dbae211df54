import type { QuotaRec } from '../../core/model';
import type { Sim } from '../../core/sim';

const DEFAULT_QUOTA = { server_groups: 50, replications: 500 };

export function quotaFor(sim: Sim, projectId: string): QuotaRec {
  return sim.state.get('quota', projectId) ?? { id: projectId, ...DEFAULT_QUOTA };
}

export function quotaView(sim: Sim, projectId: string) {
  const q = quotaFor(sim, projectId);
  return {
    quotas: {
      resources: [
        {
          type: 'server_groups',
          used: sim.state.where('group', (g) => g.project_id === projectId).length,
          quota: q.server_groups,
          min: 0,
          max: -1,
        },
        {
          type: 'replications',
          used: sim.state.where('pair', (p) => p.project_id === projectId).length,
          quota: q.replications,
          min: 0,
          max: -1,
        },
      ],
    },
  };
}
