import type { InstanceRec, PairRec } from '../../core/model';
import type { FailureTarget, JobContext } from '../../jobs/engine';

export const ctxString = (ctx: JobContext, key: string): string => String(ctx.job.ctx[key] ?? '');

export const instanceOf = (ctx: JobContext): InstanceRec | undefined =>
  ctx.state.get('instance', ctxString(ctx, 'instance_id'));
export const pairOf = (ctx: JobContext): PairRec | undefined => ctx.state.get('pair', ctxString(ctx, 'pair_id'));

export function setInstanceStatus(ctx: JobContext, status: string): void {
  const pi = instanceOf(ctx);
  if (!pi) return;
  pi.status = status;
  pi.updated_at = ctx.now;
  ctx.state.put('instance', pi);
}

export function setPairStatus(ctx: JobContext, pair: PairRec | undefined, status: string): void {
  if (!pair) return;
  pair.status = status;
  pair.updated_at = ctx.now;
  ctx.state.put('pair', pair);
}

/** Operations that do not have an `error-*` state of their own go back to where they started. */
export const restoreStatus = (ctx: JobContext): string => ctxString(ctx, 'prev_status');

export const instanceFailure =
  (failure_status: string) =>
  (ctx: JobContext): FailureTarget | null => {
    const pi = instanceOf(ctx);
    return {
      resource_type: 'protected_instances',
      resource_id: pi?.id ?? ctxString(ctx, 'instance_id'),
      resource_name: pi?.name ?? ctxString(ctx, 'instance_name'),
      server_group_id: ctxString(ctx, 'group_id'),
      failure_status,
    };
  };

export const pairFailure =
  (failure_status: string) =>
  (ctx: JobContext): FailureTarget | null => {
    const p = pairOf(ctx);
    return {
      resource_type: 'replications',
      resource_id: p?.id ?? ctxString(ctx, 'pair_id'),
      resource_name: p?.name ?? '',
      server_group_id: ctxString(ctx, 'group_id'),
      failure_status,
    };
  };
