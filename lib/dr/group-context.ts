import 'server-only';
import type { Cloud } from '../otc/cloud';
import { listServers } from '../otc/ecs';
import type { CloudServer, Drill, ProtectedInstance, ReplicationPair, ServerGroup } from '../otc/schemas';
import { getProtectionGroup, listProtectedInstances, listReplicationPairs } from '../otc/sdrs';
import { listDrills } from '../otc/sdrs-groups';
import type { GroupFacts } from './cycle-rules';
import { productionAzOf } from './preflight';

/** A server of the group as its page and the rules see it: which instance, which site, what state. */
export interface GroupServer {
  id: string;
  name: string;
  status: string;
  az: string;
  site: 'production' | 'dr';
  instanceName: string;
}

/** One group with everything the DR cycle decides on, read fresh from the cloud. */
export interface GroupContext {
  group: ServerGroup;
  instances: ProtectedInstance[];
  pairs: ReplicationPair[];
  drills: Drill[];
  servers: GroupServer[];
  facts: GroupFacts;
}

/**
 * Which server of an instance runs production now: the one in the group's current production AZ
 * (the group's `priority_station` moves it with a switchover or failover).
 */
function serversOf(group: ServerGroup, instances: ProtectedInstance[], byId: Map<string, CloudServer>): GroupServer[] {
  const productionAz = productionAzOf(group);
  return instances.flatMap((pi) =>
    [pi.source_server, pi.target_server].flatMap((id) => {
      const s = byId.get(id);
      if (!s) return [];
      const az = s['OS-EXT-AZ:availability_zone'];
      return [
        {
          id: s.id,
          name: s.name,
          status: s.status,
          az,
          site: az === productionAz ? ('production' as const) : ('dr' as const),
          instanceName: pi.name,
        },
      ];
    }),
  );
}

export function groupFacts(
  group: ServerGroup,
  counts: { instances: number; pairs: number; drills: number },
  servers: readonly GroupServer[],
): GroupFacts {
  return {
    status: group.status,
    replicationStatus: group.replication_status,
    instanceCount: counts.instances,
    pairCount: counts.pairs,
    drillCount: counts.drills,
    productionServers: servers.filter((s) => s.site === 'production'),
    drServers: servers.filter((s) => s.site === 'dr'),
  };
}

export async function loadGroupContext(cloud: Cloud, groupId: string): Promise<GroupContext> {
  const group = await getProtectionGroup(cloud, groupId);
  const [instances, pairs, drills, allServers] = await Promise.all([
    listProtectedInstances(cloud, { server_group_id: group.id }),
    listReplicationPairs(cloud, { server_group_id: group.id }),
    listDrills(cloud, group.id),
    listServers(cloud),
  ]);
  const servers = serversOf(group, instances, new Map(allServers.map((s) => [s.id, s])));
  return {
    group,
    instances,
    pairs,
    drills,
    servers,
    facts: groupFacts(group, { instances: instances.length, pairs: pairs.length, drills: drills.length }, servers),
  };
}
