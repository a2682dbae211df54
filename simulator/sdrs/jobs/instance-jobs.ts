import { macFor, newUuid } from '../../core/ids';
import type { PairRec, ServerRec } from '../../core/model';
import type { JobContext, JobDefinition, PhaseDef } from '../../jobs/engine';
import { attachVolume, createVolume, detachVolume, drAz } from '../topology';
import { ctxString, instanceFailure, instanceOf, setInstanceStatus } from './shared';

/** One production disk to replicate, decided when the request is accepted. */
export interface PlannedDisk {
  volume_id: string;
  device: string;
  pair_id: string;
  dr_volume_id: string;
  pair_name: string;
}

const plannedDisks = (ctx: JobContext): PlannedDisk[] => (ctx.job.ctx.disks as PlannedDisk[] | undefined) ?? [];
const plannedPairs = (ctx: JobContext): PairRec[] =>
  plannedDisks(ctx)
    .map((d) => ctx.state.get('pair', d.pair_id))
    .filter((p): p is PairRec => p !== undefined);

function createDrServer(ctx: JobContext): void {
  const { state, now } = ctx;
  const group = state.get('group', ctxString(ctx, 'group_id'));
  const prod = state.get('server', ctxString(ctx, 'server_id'));
  if (!group || !prod) return;
  const primary = prod.nics.find((n) => n.primary);
  const subnetId = ctxString(ctx, 'subnet_id') || primary?.subnet_id || '';
  const ip = ctxString(ctx, 'ip_address') || primary?.ip || '';
  const dr: ServerRec = {
    ...prod,
    id: ctxString(ctx, 'dr_server_id'),
    az: drAz(group),
    flavor_id: ctxString(ctx, 'flavor_ref') || prod.flavor_id,
    status: 'SHUTOFF',
    nics: [{ port_id: newUuid(), subnet_id: subnetId, ip, mac: macFor(`${prod.id}:dr`), primary: true }],
    volumes: [],
    created_at: now,
    updated_at: now,
  };
  delete dr.power_target;
  state.put('server', dr);
}

function createPairs(ctx: JobContext): void {
  const { state, now } = ctx;
  const group = state.get('group', ctxString(ctx, 'group_id'));
  if (!group) return;
  for (const d of plannedDisks(ctx)) {
    const prodVol = state.get('volume', d.volume_id);
    if (!prodVol) continue;
    const drVol = createVolume(
      state,
      {
        project_id: prodVol.project_id,
        name: prodVol.name,
        size: prodVol.size,
        volume_type: prodVol.volume_type,
        az: drAz(group),
        bootable: prodVol.bootable,
        multiattach: false,
        id: d.dr_volume_id,
        status: 'creating',
      },
      now,
    );
    state.put('pair', {
      id: d.pair_id,
      project_id: group.project_id,
      group_id: group.id,
      name: d.pair_name,
      description: null,
      status: 'creating',
      progress: 0,
      replication_status: 'inactive',
      attachment: [],
      volume_ids: [prodVol.id, drVol.id],
      priority_station: group.priority_station,
      fault_level: '0',
      failure_detail: null,
      created_at: now,
      updated_at: now,
    });
  }
}

function pairsCreated(ctx: JobContext): void {
  for (const p of plannedPairs(ctx)) {
    const drVol = ctx.state.get('volume', p.volume_ids[1]);
    if (drVol) {
      drVol.status = 'available';
      ctx.state.put('volume', drVol);
    }
    p.status = 'attaching';
    ctx.state.put('pair', p);
  }
}

function attachPairs(ctx: JobContext): void {
  const { state, now } = ctx;
  const dr = state.get('server', ctxString(ctx, 'dr_server_id'));
  const piId = ctxString(ctx, 'instance_id');
  for (const d of plannedDisks(ctx)) {
    const p = state.get('pair', d.pair_id);
    const drVol = state.get('volume', d.dr_volume_id);
    if (!p || !drVol || !dr) continue;
    attachVolume(state, dr, drVol, d.device, now);
    p.attachment = [{ device: d.device, protected_instance: piId }];
    state.put('pair', p);
  }
}

/** ~20 s at demo pace: DR server, then one pair per disk, then attach; plus sync if already protected. */
export const createInstanceJob: JobDefinition = {
  type: 'createProtectedInstanceNoCG',
  phases: (job) => {
    const phases: PhaseDef[] = [
      { name: 'create-dr-server', seconds: 6, onComplete: createDrServer },
      { name: 'create-pairs', seconds: 8, onStart: createPairs, onComplete: pairsCreated },
      { name: 'attach-pairs', seconds: 5, onComplete: attachPairs },
    ];
    if (job.ctx.sync === true) {
      phases.push({
        name: 'sync',
        seconds: 6,
        onProgress: (ctx, fraction) => {
          for (const p of plannedPairs(ctx)) {
            p.status = 'protected';
            p.replication_status = fraction >= 1 ? 'active' : 'copying';
            p.progress = Math.min(100, Math.floor(fraction * 100));
            ctx.state.put('pair', p);
          }
          const pi = instanceOf(ctx);
          if (pi) {
            pi.progress = Math.min(100, Math.floor(fraction * 100));
            ctx.state.put('instance', pi);
          }
        },
      });
    }
    return phases;
  },
  onSuccess: (ctx) => {
    const protectedGroup = ctx.job.ctx.sync === true;
    const status = protectedGroup ? 'protected' : 'available';
    for (const p of plannedPairs(ctx)) {
      p.status = status;
      p.replication_status = protectedGroup ? 'active' : 'inactive';
      p.progress = protectedGroup ? 100 : 0;
      p.updated_at = ctx.now;
      ctx.state.put('pair', p);
    }
    setInstanceStatus(ctx, status);
  },
  onFailure: (ctx, code) => {
    for (const p of plannedPairs(ctx)) {
      p.status = 'error';
      p.failure_detail = code;
      ctx.state.put('pair', p);
    }
    setInstanceStatus(ctx, 'error');
  },
  failureTarget: instanceFailure('createFail'),
};

export const deleteInstanceJob: JobDefinition = {
  type: 'deleteProtectedInstanceNoCG',
  phases: (job) => [
    { name: 'detach-pairs', seconds: 3 },
    ...(job.ctx.delete_target_server === true ? [{ name: 'delete-dr-server', seconds: 3 }] : []),
    { name: 'finish', seconds: 1 },
  ],
  onSuccess: (ctx) => {
    const { state, now } = ctx;
    const pi = instanceOf(ctx);
    if (!pi) return;
    // Pairs stay in the group, detached from the instance; they are deleted on their own.
    for (const p of state.where('pair', (x) => x.attachment.some((a) => a.protected_instance === pi.id))) {
      p.attachment = p.attachment.filter((a) => a.protected_instance !== pi.id);
      p.updated_at = now;
      state.put('pair', p);
    }
    if (ctx.job.ctx.delete_target_server === true) {
      const dr = state.get('server', pi.target_server);
      if (dr) {
        for (const ref of [...dr.volumes]) {
          const vol = state.get('volume', ref.volume_id);
          if (vol) detachVolume(state, dr, vol, now);
        }
        state.remove('server', dr.id);
      }
    }
    state.remove('instance', pi.id);
  },
  onFailure: (ctx) => setInstanceStatus(ctx, 'error-deleting'),
  failureTarget: instanceFailure('deleteFail'),
};
