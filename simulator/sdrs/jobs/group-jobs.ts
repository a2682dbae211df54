import type { GroupRec } from '../../core/model';
import type { FailureTarget, JobContext, JobDefinition, PhaseDef } from '../../jobs/engine';
import {
  currentProductionServer,
  instancesOf,
  pairsOf,
  setGroupStatus,
  setMemberStatus,
  setSyncProgress,
} from '../topology';

const groupOf = (ctx: JobContext): GroupRec | undefined => ctx.state.get('group', String(ctx.job.ctx.group_id));

const groupFailure =
  (failure_status: string, groupLevel = false) =>
  (ctx: JobContext): FailureTarget | null => {
    const g = groupOf(ctx);
    if (!g) return null;
    return {
      resource_type: 'server_groups',
      resource_id: g.id,
      resource_name: g.name,
      // Create/delete failures are group-level tasks, listed without a server_group_id filter.
      server_group_id: groupLevel ? null : g.id,
      failure_status,
    };
  };

function failGroup(ctx: JobContext, status: string): void {
  const g = groupOf(ctx);
  if (!g) return;
  setGroupStatus(ctx.state, g, status, ctx.now);
  setMemberStatus(ctx.state, g.id, status, ctx.now);
}

/** A sync phase: progress rises 0 → 100 while replication copies. */
const syncPhase = (seconds: number): PhaseDef => ({
  name: 'sync',
  seconds,
  onStart: (ctx) => setSyncProgress(ctx.state, String(ctx.job.ctx.group_id), 0, ctx.now),
  onProgress: (ctx, fraction) =>
    setSyncProgress(ctx.state, String(ctx.job.ctx.group_id), Math.min(100, Math.floor(fraction * 100)), ctx.now),
});

export const createGroupJob: JobDefinition = {
  type: 'createProtectionGroupNoCG',
  phases: () => [{ name: 'create', seconds: 3 }],
  onSuccess: (ctx) => {
    const g = groupOf(ctx);
    if (g) setGroupStatus(ctx.state, g, 'available', ctx.now);
  },
  onFailure: (ctx) => {
    const g = groupOf(ctx);
    if (g) setGroupStatus(ctx.state, g, 'error', ctx.now);
  },
  failureTarget: groupFailure('createFail', true),
};

export const deleteGroupJob: JobDefinition = {
  type: 'deleteProtectionGroupNoCG',
  phases: () => [{ name: 'delete', seconds: 3 }],
  onSuccess: (ctx) => ctx.state.remove('group', String(ctx.job.ctx.group_id)),
  onFailure: (ctx) => {
    const g = groupOf(ctx);
    if (g) setGroupStatus(ctx.state, g, 'error-deleting', ctx.now);
  },
  failureTarget: groupFailure('deleteFail', true),
};

function finishProtected(ctx: JobContext): void {
  const g = groupOf(ctx);
  if (!g) return;
  setSyncProgress(ctx.state, g.id, 100, ctx.now);
  g.protected_status = 'started';
  g.health_status = 'normal';
  setGroupStatus(ctx.state, g, 'protected', ctx.now);
  setMemberStatus(ctx.state, g.id, 'protected', ctx.now);
}

/** Enable protection: ~15 s at demo pace, most of it visible sync progress. */
export const startGroupJob: JobDefinition = {
  type: 'startProtectionGroupNoCG',
  phases: () => [{ name: 'prepare', seconds: 2 }, syncPhase(12)],
  onSuccess: finishProtected,
  onFailure: (ctx) => failGroup(ctx, 'error-starting'),
  failureTarget: groupFailure('startFail'),
};

export const reprotectGroupJob: JobDefinition = {
  type: 'reprotectProtectionGroupNoCG',
  phases: () => [{ name: 'prepare', seconds: 3 }, syncPhase(12)],
  onSuccess: finishProtected,
  onFailure: (ctx) => failGroup(ctx, 'error-reprotecting'),
  failureTarget: groupFailure('reprotectFail'),
};

export const stopGroupJob: JobDefinition = {
  type: 'stopProtectionGroupNoCG',
  phases: () => [{ name: 'stop', seconds: 4 }],
  onSuccess: (ctx) => {
    const g = groupOf(ctx);
    if (!g) return;
    g.protected_status = 'stopped';
    // Replication is paused while still consistent.
    g.replication_status = 'active-stopped';
    setGroupStatus(ctx.state, g, 'available', ctx.now);
    setMemberStatus(ctx.state, g.id, 'available', ctx.now);
    for (const p of pairsOf(ctx.state, g.id)) {
      p.replication_status = 'active-stopped';
      ctx.state.put('pair', p);
    }
  },
  onFailure: (ctx) => failGroup(ctx, 'error-stopping'),
  failureTarget: groupFailure('stopFail'),
};

function flipStation(ctx: JobContext, station: 'source' | 'target'): void {
  const g = groupOf(ctx);
  if (!g) return;
  g.priority_station = station;
  ctx.state.put('group', g);
  // Instances show the group's station in their views; pairs carry their own copy.
  for (const p of pairsOf(ctx.state, g.id)) {
    p.priority_station = station;
    ctx.state.put('pair', p);
  }
}

/** Planned failover: the direction reverses and replication continues. */
export const reverseGroupJob: JobDefinition = {
  type: 'reverseProtectionGroupNoCG',
  phases: () => [
    { name: 'reverse', seconds: 6 },
    { name: 'resync', seconds: 2 },
  ],
  onSuccess: (ctx) => {
    flipStation(ctx, ctx.job.ctx.priority_station === 'source' ? 'source' : 'target');
    finishProtected(ctx);
  },
  onFailure: (ctx) => failGroup(ctx, 'error-reversing'),
  failureTarget: groupFailure('reverseFail'),
};

/** Failover: production is lost; the DR side takes over and replication stops. */
export const failoverGroupJob: JobDefinition = {
  type: 'failoverProtectionGroupNoCG',
  phases: () => [
    { name: 'stop-production', seconds: 3 },
    { name: 'failover', seconds: 5 },
  ],
  onSuccess: (ctx) => {
    const g = groupOf(ctx);
    if (!g) return;
    // The old production servers are force-stopped; the DR servers are left stopped, ready to start.
    for (const pi of instancesOf(ctx.state, g.id)) {
      const prod = currentProductionServer(ctx.state, g, pi);
      if (prod && prod.status !== 'SHUTOFF') {
        prod.status = 'SHUTOFF';
        prod.updated_at = ctx.now;
        ctx.state.put('server', prod);
      }
    }
    flipStation(ctx, g.priority_station === 'source' ? 'target' : 'source');
    g.protected_status = 'stopped';
    g.replication_status = 'inactive';
    setGroupStatus(ctx.state, g, 'failed-over', ctx.now);
    setMemberStatus(ctx.state, g.id, 'failed-over', ctx.now);
    for (const p of pairsOf(ctx.state, g.id)) {
      p.replication_status = 'inactive';
      ctx.state.put('pair', p);
    }
  },
  onFailure: (ctx) => failGroup(ctx, 'error-failing-over'),
  failureTarget: groupFailure('failoverFail'),
};

export const groupJobs = [
  createGroupJob,
  deleteGroupJob,
  startGroupJob,
  reprotectGroupJob,
  stopGroupJob,
  reverseGroupJob,
  failoverGroupJob,
];

/** Sub-jobs of a group action: one per replication pair, run in the given phase. */
export function pairSubJobsFor(state: JobContext['state'], g: GroupRec, type: string, phase: number) {
  return pairsOf(state, g.id).map((p) => ({ job_type: type, phase, entities: { replication_pair_id: p.id } }));
}
