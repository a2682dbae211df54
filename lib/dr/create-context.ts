import 'server-only';
import type { Cloud } from '../otc/cloud';
import { flavorAvailableIn, listFlavors, listServers } from '../otc/ecs';
import { listEvsReplicationPairs, listVolumes } from '../otc/evs';
import type { CloudServer, ServerGroup, Volume } from '../otc/schemas';
import { getProtectionGroup, listProtectedInstances, listProtectionGroups, listReplicationPairs } from '../otc/sdrs';
import { listDrills } from '../otc/sdrs-groups';
import { listSubnets } from '../otc/vpc';
import { evsDiskFacts, type EvsDisk } from './evs-pairing';
import { drAzOf, groupProblem, productionAzOf, serverProblem, type PairedVolumes } from './preflight';

/** A group as the first step of a create form offers it: unusable ones say why. */
export interface GroupChoice {
  id: string;
  name: string;
  problem: string | null;
  az: string;
}

export async function loadGroupChoices(cloud: Cloud): Promise<GroupChoice[]> {
  return (await listProtectionGroups(cloud)).map((g) => ({
    id: g.id,
    name: g.name,
    problem: groupProblem(g),
    az: `${productionAzOf(g)} → ${drAzOf(g)}`,
  }));
}

/** Everything the create-protected-instance form and action need to know about one group. */
export interface ProtectedInstanceContext {
  group: ServerGroup;
  servers: CloudServer[];
  volumes: Map<string, Volume>;
  protectedBy: Map<string, string>;
  drServerOf: Map<string, string>;
  drillServerOf: Map<string, string>;
  paired: PairedVolumes;
  subnets: { id: string; name: string; cidr: string; gateway_ip: string }[];
  drFlavors: { id: string; vcpus: number; ram: number; available: boolean }[];
}

export async function loadPairedVolumes(cloud: Cloud): Promise<PairedVolumes> {
  const [sdrs, evs] = await Promise.all([listReplicationPairs(cloud), listEvsReplicationPairs(cloud)]);
  return { sdrs, evs };
}

export async function loadProtectedInstanceContext(cloud: Cloud, groupId: string): Promise<ProtectedInstanceContext> {
  const group = await getProtectionGroup(cloud, groupId);
  const [servers, volumes, instances, paired, subnets, flavors, drills] = await Promise.all([
    listServers(cloud),
    listVolumes(cloud),
    listProtectedInstances(cloud),
    loadPairedVolumes(cloud),
    listSubnets(cloud, group.source_vpc_id),
    listFlavors(cloud, drAzOf(group)),
    listDrills(cloud),
  ]);
  const protectedBy = new Map(instances.map((pi) => [pi.source_server, pi.name]));
  const drServerOf = new Map(instances.map((pi) => [pi.target_server, pi.name]));
  const drillServerOf = new Map(
    drills.flatMap((d) => d.drill_servers.map((s) => [s.drill_server_id, d.name] as const)),
  );
  return {
    group,
    servers,
    volumes: new Map(volumes.map((v) => [v.id, v])),
    protectedBy,
    drServerOf,
    drillServerOf,
    paired,
    // The value SDRS expects is the subnet's network id (`neutron_network_id`, equal to `id`).
    subnets: subnets.map((s) => ({
      id: s.neutron_network_id ?? s.id,
      name: s.name,
      cidr: s.cidr,
      gateway_ip: s.gateway_ip,
    })),
    drFlavors: flavors.map((f) => ({
      id: f.id,
      vcpus: f.vcpus,
      ram: f.ram,
      available: flavorAvailableIn(f, drAzOf(group)),
    })),
  };
}

export const serverProblemIn = (ctx: ProtectedInstanceContext, server: CloudServer): string | null =>
  serverProblem(server, ctx);

/** What the replication-pair form and action need: the group, every disk, and what is paired. */
export async function loadPairContext(cloud: Cloud, groupId: string) {
  const [group, volumes, paired] = await Promise.all([
    getProtectionGroup(cloud, groupId),
    listVolumes(cloud),
    loadPairedVolumes(cloud),
  ]);
  return { group, volumes, paired };
}

/** What the EVS pair form and action need: every disk's pairing facts, from fresh cloud data. */
export async function loadEvsDisks(cloud: Cloud): Promise<EvsDisk[]> {
  const [volumes, servers, paired] = await Promise.all([
    listVolumes(cloud),
    listServers(cloud),
    loadPairedVolumes(cloud),
  ]);
  const byId = new Map(servers.map((s) => [s.id, s]));
  return volumes.map((v) => evsDiskFacts(v, paired, byId, diskDetail(v)));
}

export const diskDetail = (v: Volume): string =>
  `${v.availability_zone} · ${v.size} GB ${v.volume_type} · ${v.status}${v.multiattach ? ' · shared' : ''}${v.bootable ? ' · system disk' : ''}`;
