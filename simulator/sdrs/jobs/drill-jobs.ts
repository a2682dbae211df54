import { macFor, newUuid } from '../../core/ids';
import type { DrillRec } from '../../core/model';
import type { FailureTarget, JobContext, JobDefinition } from '../../jobs/engine';
import { currentDrServer, instancesOf } from '../topology';
import { ctxString } from './shared';

const drillOf = (ctx: JobContext): DrillRec | undefined => ctx.state.get('drill', ctxString(ctx, 'drill_id'));

function setDrillStatus(ctx: JobContext, status: string): void {
  const d = drillOf(ctx);
  if (!d) return;
  d.status = status;
  d.updated_at = ctx.now;
  ctx.state.put('drill', d);
}

const drillFailure =
  (failure_status: string) =>
  (ctx: JobContext): FailureTarget | null => ({
    resource_type: 'disaster_recovery_drills',
    resource_id: ctxString(ctx, 'drill_id'),
    resource_name: drillOf(ctx)?.name ?? '',
    server_group_id: ctxString(ctx, 'group_id'),
    failure_status,
  });

/** Drill servers are built from snapshots of the DR disks, inside the drill VPC, and started. */
function createDrillServers(ctx: JobContext): void {
  const d = drillOf(ctx);
  const g = ctx.state.get('group', ctxString(ctx, 'group_id'));
  if (!d || !g) return;
  const subnet = ctx.state.all('subnet').find((s) => s.vpc_id === d.drill_vpc_id);
  d.drill_servers = [];
  for (const pi of instancesOf(ctx.state, g.id)) {
    const dr = currentDrServer(ctx.state, g, pi);
    if (!dr) continue;
    const id = newUuid();
    ctx.state.put('server', {
      ...dr,
      id,
      name: `${dr.name}-drill`,
      vpc_id: d.drill_vpc_id,
      status: 'ACTIVE',
      nics: dr.nics
        .filter((n) => n.primary)
        .map((n) => ({ ...n, port_id: newUuid(), subnet_id: subnet?.id ?? n.subnet_id, mac: macFor(id) })),
      volumes: [],
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    d.drill_servers.push({ protected_instance: pi.id, drill_server_id: id });
  }
  ctx.state.put('drill', d);
}

export const createDrillJob: JobDefinition = {
  type: 'createDisasterRecoveryDrill',
  phases: () => [
    { name: 'snapshot', seconds: 4 },
    { name: 'create-drill-servers', seconds: 6, onComplete: createDrillServers },
  ],
  onSuccess: (ctx) => setDrillStatus(ctx, 'available'),
  onFailure: (ctx) => setDrillStatus(ctx, 'error'),
  failureTarget: drillFailure('createFail'),
};

export const deleteDrillJob: JobDefinition = {
  type: 'deleteDisasterRecoveryDrill',
  phases: () => [{ name: 'delete', seconds: 4 }],
  onSuccess: (ctx) => {
    const d = drillOf(ctx);
    if (!d) return;
    for (const s of d.drill_servers) ctx.state.remove('server', s.drill_server_id);
    ctx.state.remove('drill', d.id);
  },
  onFailure: (ctx) => setDrillStatus(ctx, 'error-deleting'),
  failureTarget: drillFailure('deleteFail'),
};

export const drillJobs = [createDrillJob, deleteDrillJob];
