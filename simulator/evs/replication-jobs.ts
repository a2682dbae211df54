import type { EvsPairRec, VolumeRec } from '../core/model';
import type { JobContext, JobDefinition } from '../jobs/engine';
import { JobFailure } from '../jobs/engine';

const pairOf = (ctx: JobContext): EvsPairRec | undefined => ctx.state.get('evs_pair', String(ctx.job.ctx.pair_id));

/**
 * The deprecated API accepts the request (202, `creating`) and checks the disks in the back end; a
 * violated constraint ends in `error` with a `failure_detail` code (reference §3.1).
 */
function checkDisks(ctx: JobContext, pair: EvsPairRec): void {
  const [prodId, drId] = pair.volume_ids;
  const prod = ctx.state.get('volume', prodId);
  const dr = ctx.state.get('volume', drId);
  if (!prod) throw new JobFailure('37100048', 'The production disk does not exist.');
  if (!dr) throw new JobFailure('37100050', 'The DR disk does not exist.');
  const pairedElsewhere = (vol: VolumeRec) =>
    ctx.state.all('evs_pair').some((p) => p.id !== pair.id && p.status !== 'error' && p.volume_ids.includes(vol.id)) ||
    ctx.state.all('pair').some((p) => p.volume_ids.includes(vol.id));
  if (pairedElsewhere(prod)) throw new JobFailure('37100053', 'The production disk is already in a replication pair.');
  if (pairedElsewhere(dr)) throw new JobFailure('37100054', 'The DR disk is already in a replication pair.');
  if (prod.size !== dr.size || prod.volume_type.toLowerCase() !== dr.volume_type.toLowerCase()) {
    throw new JobFailure('37100041', 'The capacity or type of the two disks does not match.');
  }
  for (const a of dr.attachments) {
    const server = ctx.state.get('server', a.server_id);
    if (server && server.status !== 'SHUTOFF') {
      throw new JobFailure('37100058', 'The DR disk is attached to a server that is not stopped.');
    }
  }
}

export const createEvsPairJob: JobDefinition = {
  type: 'evs:createReplication',
  hidden: true,
  phases: () => [
    {
      name: 'create',
      seconds: 5,
      onComplete: (ctx) => {
        const pair = pairOf(ctx);
        if (pair) checkDisks(ctx, pair);
      },
    },
  ],
  onSuccess: (ctx) => {
    const pair = pairOf(ctx);
    if (!pair) return;
    pair.status = 'available';
    pair.replication_status = 'active';
    pair.progress = '100';
    pair.updated_at = ctx.now;
    ctx.state.put('evs_pair', pair);
  },
  onFailure: (ctx, code) => {
    const pair = pairOf(ctx);
    if (!pair) return;
    pair.status = 'error';
    pair.replication_status = 'error';
    pair.failure_detail = code;
    pair.updated_at = ctx.now;
    ctx.state.put('evs_pair', pair);
  },
};

export const deleteEvsPairJob: JobDefinition = {
  type: 'evs:deleteReplication',
  hidden: true,
  phases: () => [{ name: 'delete', seconds: 3 }],
  onSuccess: (ctx) => ctx.state.remove('evs_pair', String(ctx.job.ctx.pair_id)),
  onFailure: (ctx) => {
    const pair = pairOf(ctx);
    if (!pair) return;
    pair.status = 'error_deleting';
    ctx.state.put('evs_pair', pair);
  },
};

/** A volume's `creating` → `available` or `deleting` → gone. */
export const volumeStatusJob: JobDefinition = {
  type: 'evs:volumeStatus',
  hidden: true,
  phases: () => [{ name: 'volume', seconds: 3 }],
  onSuccess: (ctx) => {
    const id = String(ctx.job.ctx.volume_id);
    const vol = ctx.state.get('volume', id);
    if (!vol) return;
    if (ctx.job.ctx.target === 'deleted') {
      ctx.state.remove('volume', id);
      return;
    }
    vol.status = 'available';
    vol.updated_at = ctx.now;
    ctx.state.put('volume', vol);
  },
  onFailure: (ctx) => {
    const vol = ctx.state.get('volume', String(ctx.job.ctx.volume_id));
    if (!vol) return;
    vol.status = ctx.job.ctx.target === 'deleted' ? 'error_deleting' : 'error';
    ctx.state.put('volume', vol);
  },
};
