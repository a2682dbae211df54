import type { CloudServer, EvsReplicationPair, ReplicationPair, ServerGroup, Volume } from '../otc/schemas';

/**
 * Pre-flight rules: which groups, servers and disks a create form may use, and in plain words why
 * not. The forms use them to disable options with their reason; the actions apply them again on the
 * server with fresh data before anything is sent.
 */
export const GROUP_STATUSES_FOR_CREATE = ['available', 'protected'];

export function groupProblem(g: Pick<ServerGroup, 'status'>): string | null {
  return GROUP_STATUSES_FOR_CREATE.includes(g.status)
    ? null
    : 'The group must be Available or Protected; wait for its current operation to end or fix its error first.';
}

export const productionAzOf = (
  g: Pick<ServerGroup, 'priority_station' | 'source_availability_zone' | 'target_availability_zone'>,
) => (g.priority_station === 'source' ? g.source_availability_zone : g.target_availability_zone);
export const drAzOf = (
  g: Pick<ServerGroup, 'priority_station' | 'source_availability_zone' | 'target_availability_zone'>,
) => (g.priority_station === 'source' ? g.target_availability_zone : g.source_availability_zone);

export const isEncrypted = (v: Volume): boolean => v.metadata.__system__encrypted === '1';

export interface PairedVolumes {
  sdrs: readonly Pick<ReplicationPair, 'volume_ids' | 'name'>[];
  evs: readonly Pick<EvsReplicationPair, 'volume_ids' | 'name'>[];
}

export function pairUsing(volumeId: string, paired: PairedVolumes): string | null {
  const pair = [...paired.sdrs, ...paired.evs].find((p) => p.volume_ids.includes(volumeId));
  return pair ? pair.name || 'an unnamed pair' : null;
}

export interface ServerContext {
  group: Pick<
    ServerGroup,
    'priority_station' | 'source_availability_zone' | 'target_availability_zone' | 'source_vpc_id'
  >;
  /** Production servers already in a protected instance, with that instance's name. */
  protectedBy: ReadonlyMap<string, string>;
  /** DR servers, with the name of the instance they belong to. */
  drServerOf?: ReadonlyMap<string, string>;
  /** Drill servers, with the name of their drill. */
  drillServerOf?: ReadonlyMap<string, string>;
  volumes: ReadonlyMap<string, Volume>;
  paired: PairedVolumes;
}

/** Why a server cannot become a protected instance of the group, or null when it can. */
export function serverProblem(s: CloudServer, ctx: ServerContext): string | null {
  const drill = ctx.drillServerOf?.get(s.id);
  if (drill) return `A drill server of the DR drill ${drill}: drill servers cannot be protected.`;
  const drOf = ctx.drServerOf?.get(s.id);
  if (drOf) return `The DR server of ${drOf}: DR servers cannot be protected.`;
  const az = s['OS-EXT-AZ:availability_zone'];
  const prodAz = productionAzOf(ctx.group);
  if (az !== prodAz) return `In ${az}; the group's production AZ is ${prodAz}.`;
  if (s.metadata.vpc_id !== ctx.group.source_vpc_id) return "In another VPC than the group's.";
  const protectedBy = ctx.protectedBy.get(s.id);
  if (protectedBy) return `Already protected by ${protectedBy}.`;
  if (s.status !== 'ACTIVE' && s.status !== 'SHUTOFF')
    return `Status ${s.status}: only running or stopped servers can be protected.`;
  const disks = s['os-extended-volumes:volumes_attached'].map((a) => ctx.volumes.get(a.id));
  if (disks.some((d) => d?.multiattach))
    return 'A shared disk is attached; shared disks are protected with their own replication pair.';
  if (disks.some((d) => d && isEncrypted(d)))
    return 'An encrypted disk is attached; encrypted disks cannot be replicated.';
  if (!disks.some((d) => d?.bootable)) return 'No system disk is attached.';
  const pairedDisk = disks.find((d) => d && pairUsing(d.id, ctx.paired));
  if (pairedDisk)
    return `Disk ${pairedDisk.name || pairedDisk.id} is already in replication pair ${pairUsing(pairedDisk.id, ctx.paired)}; delete that pair first (SDRS.1811).`;
  return null;
}

/** Why a disk cannot be the production disk of a new SDRS pair in the group, or null. */
export function pairDiskProblem(v: Volume, group: ServerContext['group'], paired: PairedVolumes): string | null {
  const prodAz = productionAzOf(group);
  if (v.availability_zone !== prodAz) return `In ${v.availability_zone}; the group's production AZ is ${prodAz}.`;
  if (v.status !== 'available' || v.attachments.length > 0)
    return `Status ${v.status}: only available, unattached disks can be paired.`;
  if (isEncrypted(v)) return 'Encrypted disks cannot be replicated.';
  const pair = pairUsing(v.id, paired);
  if (pair) return `Already in replication pair ${pair}.`;
  return null;
}
