import { macFor, newUuid } from '../../core/ids';
import type { JobContext, JobDefinition } from '../../jobs/engine';
import { attachVolume, currentDrServer, currentProductionServer, detachVolume, pairVolumes } from '../topology';
import {
  ctxString,
  instanceFailure,
  instanceOf,
  pairFailure,
  pairOf,
  restoreStatus,
  setInstanceStatus,
  setPairStatus,
} from './shared';

function serversOf(ctx: JobContext) {
  const pi = instanceOf(ctx);
  const g = ctx.state.get('group', ctxString(ctx, 'group_id'));
  if (!pi || !g) return { prod: undefined, dr: undefined };
  return { prod: currentProductionServer(ctx.state, g, pi), dr: currentDrServer(ctx.state, g, pi) };
}

export const attachPairJob: JobDefinition = {
  type: 'attachReplicationPairNew',
  phases: () => [{ name: 'attach', seconds: 4 }],
  onSuccess: (ctx) => {
    const p = pairOf(ctx);
    const { prod, dr } = serversOf(ctx);
    if (!p) return;
    const g = ctx.state.get('group', p.group_id);
    if (!g) return;
    const device = ctxString(ctx, 'device');
    const { prod: prodVol, dr: drVol } = pairVolumes(ctx.state, g, p);
    if (prod && prodVol) attachVolume(ctx.state, prod, prodVol, device, ctx.now);
    if (dr && drVol) attachVolume(ctx.state, dr, drVol, device, ctx.now);
    p.attachment.push({ device, protected_instance: ctxString(ctx, 'instance_id') });
    setPairStatus(ctx, p, restoreStatus(ctx));
  },
  onFailure: (ctx) => setPairStatus(ctx, pairOf(ctx), 'error-attaching'),
  failureTarget: pairFailure('attachFail'),
};

export const detachPairJob: JobDefinition = {
  type: 'detachReplicationPairNew',
  phases: () => [{ name: 'detach', seconds: 4 }],
  onSuccess: (ctx) => {
    const p = pairOf(ctx);
    if (!p) return;
    const pi = instanceOf(ctx);
    for (const serverId of [pi?.source_server, pi?.target_server]) {
      const server = serverId ? ctx.state.get('server', serverId) : undefined;
      for (const volId of p.volume_ids) {
        const vol = ctx.state.get('volume', volId);
        if (server && vol && server.volumes.some((v) => v.volume_id === volId)) {
          detachVolume(ctx.state, server, vol, ctx.now);
        }
      }
    }
    p.attachment = p.attachment.filter((a) => a.protected_instance !== ctxString(ctx, 'instance_id'));
    setPairStatus(ctx, p, restoreStatus(ctx));
  },
  onFailure: (ctx) => setPairStatus(ctx, pairOf(ctx), 'error-detaching'),
  failureTarget: pairFailure('detachFail'),
};

export const addNicJob: JobDefinition = {
  type: 'addNicNew',
  phases: () => [{ name: 'add-nic', seconds: 4 }],
  onSuccess: (ctx) => {
    const { prod, dr } = serversOf(ctx);
    for (const server of [prod, dr]) {
      if (!server) continue;
      server.nics.push({
        port_id: server === prod ? ctxString(ctx, 'port_id') : newUuid(),
        subnet_id: ctxString(ctx, 'subnet_id'),
        ip: ctxString(ctx, 'ip_address'),
        mac: macFor(`${server.id}:${server.nics.length}`),
        primary: false,
      });
      server.updated_at = ctx.now;
      ctx.state.put('server', server);
    }
    setInstanceStatus(ctx, restoreStatus(ctx));
  },
  // No `error-nic-*` status exists: the instance returns to its previous status (task center keeps the failure).
  onFailure: (ctx) => setInstanceStatus(ctx, restoreStatus(ctx)),
  failureTarget: instanceFailure('attachFail'),
};

export const deleteNicJob: JobDefinition = {
  type: 'deleteNicNew',
  phases: () => [{ name: 'delete-nic', seconds: 4 }],
  onSuccess: (ctx) => {
    const { prod, dr } = serversOf(ctx);
    const nicId = ctxString(ctx, 'nic_id');
    const ip = prod?.nics.find((n) => n.port_id === nicId)?.ip;
    if (prod) {
      prod.nics = prod.nics.filter((n) => n.port_id !== nicId);
      ctx.state.put('server', prod);
    }
    if (dr) {
      dr.nics = dr.nics.filter((n) => n.primary || n.ip !== ip);
      ctx.state.put('server', dr);
    }
    setInstanceStatus(ctx, restoreStatus(ctx));
  },
  onFailure: (ctx) => setInstanceStatus(ctx, restoreStatus(ctx)),
  failureTarget: instanceFailure('detachFail'),
};

export const resizeInstanceJob: JobDefinition = {
  type: 'resizeProtectedInstanceNew',
  phases: () => [{ name: 'resize', seconds: 5 }],
  onSuccess: (ctx) => {
    const pi = instanceOf(ctx);
    if (!pi) return;
    const changes: [string, string][] = [
      [ctxString(ctx, 'production_server_id') || pi.source_server, ctxString(ctx, 'production_flavor')],
      [ctxString(ctx, 'dr_server_id') || pi.target_server, ctxString(ctx, 'dr_flavor')],
    ];
    for (const [serverId, flavor] of changes) {
      const server = ctx.state.get('server', serverId);
      if (server && flavor) {
        server.flavor_id = flavor;
        server.updated_at = ctx.now;
        ctx.state.put('server', server);
      }
    }
    setInstanceStatus(ctx, restoreStatus(ctx));
  },
  onFailure: (ctx) => setInstanceStatus(ctx, 'error-resizing'),
  failureTarget: instanceFailure('resizeFail'),
};

export const instanceOpJobs = [attachPairJob, detachPairJob, addNicJob, deleteNicJob, resizeInstanceJob];
