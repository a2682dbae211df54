import type { JobDefinition, PhaseDef } from '../../jobs/engine';
import { ctxString, pairFailure, pairOf, restoreStatus, setPairStatus } from './shared';

export const createPairJob: JobDefinition = {
  type: 'createReplicationPairNoCG',
  phases: (job) => {
    const phases: PhaseDef[] = [{ name: 'create-dr-disk', seconds: 6 }];
    if (job.ctx.sync === true) {
      phases.push({
        name: 'sync',
        seconds: 6,
        onStart: (ctx) => setPairStatus(ctx, pairOf(ctx), 'protected'),
        onProgress: (ctx, fraction) => {
          const p = pairOf(ctx);
          if (!p) return;
          p.progress = Math.min(100, Math.floor(fraction * 100));
          p.replication_status = fraction >= 1 ? 'active' : 'copying';
          ctx.state.put('pair', p);
        },
      });
    }
    return phases;
  },
  onSuccess: (ctx) => {
    const p = pairOf(ctx);
    const drVol = p ? ctx.state.get('volume', p.volume_ids[1]) : undefined;
    if (drVol) {
      drVol.status = 'available';
      ctx.state.put('volume', drVol);
    }
    setPairStatus(ctx, p, ctx.job.ctx.sync === true ? 'protected' : 'available');
  },
  onFailure: (ctx, code) => {
    const p = pairOf(ctx);
    if (p) p.failure_detail = code;
    setPairStatus(ctx, p, 'error');
  },
  failureTarget: pairFailure('createFail'),
};

export const deletePairJob: JobDefinition = {
  type: 'deleteReplicationPairNoCG',
  phases: () => [{ name: 'delete', seconds: 4 }],
  onSuccess: (ctx) => {
    const p = pairOf(ctx);
    if (!p) return;
    if (ctx.job.ctx.delete_target_volume === true) ctx.state.remove('volume', p.volume_ids[1]);
    ctx.state.remove('pair', p.id);
  },
  onFailure: (ctx) => setPairStatus(ctx, pairOf(ctx), 'error-deleting'),
  failureTarget: pairFailure('deleteFail'),
};

export const expandPairJob: JobDefinition = {
  type: 'expandReplicationPairNew',
  phases: () => [{ name: 'extend', seconds: 5 }],
  onSuccess: (ctx) => {
    const p = pairOf(ctx);
    if (!p) return;
    const size = Number(ctxString(ctx, 'new_size'));
    for (const id of p.volume_ids) {
      const vol = ctx.state.get('volume', id);
      if (vol) {
        vol.size = size;
        vol.updated_at = ctx.now;
        ctx.state.put('volume', vol);
      }
    }
    setPairStatus(ctx, p, restoreStatus(ctx));
  },
  onFailure: (ctx) => setPairStatus(ctx, pairOf(ctx), 'error-extending'),
  failureTarget: pairFailure('expandFail'),
};

export const pairJobs = [createPairJob, deletePairJob, expandPairJob];
