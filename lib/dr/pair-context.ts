import 'server-only';
import type { Cloud } from '../otc/cloud';
import { getVolume } from '../otc/evs';
import type { ReplicationPair, ServerGroup, Volume } from '../otc/schemas';
import { getProtectedInstance, getProtectionGroup, getReplicationPair } from '../otc/sdrs';
import type { ExpandFacts } from './instance-rules';

/** One replication pair with its group, its holder and its two disks, read fresh from the cloud. */
export interface PairContext {
  pair: ReplicationPair;
  group: ServerGroup;
  /** The name of the instance holding it (its id when unreadable), or null when free. */
  attachedTo: string | null;
  /** Production and DR disk; null where unreadable. */
  disks: [Volume | null, Volume | null];
}

export async function loadPairContext(cloud: Cloud, pairId: string): Promise<PairContext> {
  const pair = await getReplicationPair(cloud, pairId);
  const attached = pair.attachment[0]?.protected_instance;
  const volume = (id: string | undefined) => (id ? getVolume(cloud, id).catch(() => null) : Promise.resolve(null));
  const [group, instance, production, dr] = await Promise.all([
    getProtectionGroup(cloud, pair.server_group_id),
    attached ? getProtectedInstance(cloud, attached).catch(() => null) : Promise.resolve(null),
    volume(pair.volume_ids[0]),
    volume(pair.volume_ids[1]),
  ]);
  return { pair, group, attachedTo: attached ? (instance?.name ?? attached) : null, disks: [production, dr] };
}

/** The size the pair's disks have now (the production disk's, else the recorded one). */
export const pairSize = (ctx: PairContext): number => ctx.disks[0]?.size ?? ctx.pair.record_metadata?.volume_size ?? 0;

export const expandFacts = (ctx: PairContext, newSize: number): ExpandFacts => ({
  pairStatus: ctx.pair.status,
  currentSize: pairSize(ctx),
  newSize,
  disks: ctx.disks.map((d) => ({ status: d?.status ?? 'unknown', shared: d?.multiattach ?? false })),
});
