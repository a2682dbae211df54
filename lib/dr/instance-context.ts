import 'server-only';
import type { Cloud } from '../otc/cloud';
import { getServer, serverNics, type ServerNic } from '../otc/ecs';
import type { CloudServer, ProtectedInstance, ReplicationPair, ServerGroup } from '../otc/schemas';
import { getProtectedInstance, getProtectionGroup, listReplicationPairs } from '../otc/sdrs';
import { productionAzOf } from './preflight';

/** One protected instance with what its day-two rules decide on, read fresh from the cloud. */
export interface InstanceContext {
  instance: ProtectedInstance;
  group: ServerGroup;
  /** Every pair of the group: the instance's own, and those free to attach. */
  pairs: ReplicationPair[];
  /** The servers at the current production and DR sites (a switchover swaps them). */
  production: CloudServer | null;
  dr: CloudServer | null;
  /** The NICs of the production server, the primary first. */
  nics: ServerNic[];
}

const serverOrNull = (cloud: Cloud, id: string) => getServer(cloud, id).catch(() => null);

export async function loadInstanceContext(cloud: Cloud, instanceId: string): Promise<InstanceContext> {
  const instance = await getProtectedInstance(cloud, instanceId);
  const [group, pairs, a, b] = await Promise.all([
    getProtectionGroup(cloud, instance.server_group_id),
    listReplicationPairs(cloud, { server_group_id: instance.server_group_id }),
    serverOrNull(cloud, instance.source_server),
    serverOrNull(cloud, instance.target_server),
  ]);
  const productionAz = productionAzOf(group);
  const [production, dr] = b && b['OS-EXT-AZ:availability_zone'] === productionAz ? [b, a] : [a, b];
  return { instance, group, pairs, production, dr, nics: production ? serverNics(production) : [] };
}

/** The pair's name (or id) for the instance's attachments. */
export const attachedPairs = (ctx: InstanceContext) =>
  ctx.instance.attachment.map((a) => ({ ...a, pair: ctx.pairs.find((p) => p.id === a.replication) ?? null }));

/**
 * Every pair made for this instance's disks: those attached, and those a failed create left
 * unattached. All of them stay when the instance is deleted, and keep its disks from being paired.
 */
export function pairsOfInstance(ctx: InstanceContext): { id: string; name: string; status: string }[] {
  const disks = new Set(
    [ctx.production, ctx.dr].flatMap((s) => (s?.['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id)),
  );
  return ctx.pairs
    .filter(
      (p) =>
        ctx.instance.attachment.some((a) => a.replication === p.id) ||
        p.attachment.some((a) => a.protected_instance === ctx.instance.id) ||
        p.volume_ids.some((v) => disks.has(v)),
    )
    .map((p) => ({ id: p.id, name: p.name, status: p.status }));
}

/** Pairs of the group no instance holds (shared pairs may be attached to several). */
export const attachablePairs = (ctx: InstanceContext) =>
  ctx.pairs.filter(
    (p) =>
      !ctx.instance.attachment.some((a) => a.replication === p.id) &&
      (p.attachment.length === 0 || p.record_metadata?.multiattach === true),
  );

/** Device names taken on the instance: by disks on its production server and by its pairs. */
export const usedDevices = (ctx: InstanceContext): string[] => [
  ...(ctx.production?.['os-extended-volumes:volumes_attached'] ?? []).flatMap((v) => (v.device ? [v.device] : [])),
  ...ctx.instance.attachment.map((a) => a.device),
];
