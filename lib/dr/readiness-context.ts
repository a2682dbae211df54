import 'server-only';
import { config } from '../config';
import { listJobs } from '../jobs/server/ledger';
import type { Cloud } from '../otc/cloud';
import { flavorAvailableIn, listFlavors, listServers } from '../otc/ecs';
import type { CloudServer, Drill, ProtectedInstance, ReplicationPair, ServerGroup } from '../otc/schemas';
import {
  type FailedTask,
  listAllFailedTasks,
  listProtectedInstances,
  listProtectionGroups,
  listReplicationPairs,
} from '../otc/sdrs';
import { listDrills } from '../otc/sdrs-groups';
import { getQuotas } from '../otc/sdrs-quotas';
import { drAzOf, productionAzOf } from './preflight';
import { quotaUse, type QuotaUse } from './quotas';
import { groupReadiness, type GroupReadiness, type InstanceFacts } from './readiness';

export interface ProjectReadiness {
  groups: GroupReadiness[];
  quotas: QuotaUse[];
  /** Protected instances per group: SDRS limits them (SDRS.1358) without publishing the number. */
  instancesPerGroup: Record<string, number>;
  failedTasksPerGroup: Record<string, number>;
  /** What the checks were made from, for pages that show it too (the overview's inventory). */
  read: {
    groups: ServerGroup[];
    instances: ProtectedInstance[];
    pairs: ReplicationPair[];
    drills: Drill[];
    failedTasks: FailedTask[];
  };
}

/** A drill that exists and is available has succeeded; those deleted since are in the ledger. */
async function lastDrills(cloud: Cloud, projectId: string): Promise<{ drills: Drill[]; last: Map<string, number> }> {
  const [drills, jobs] = await Promise.all([
    listDrills(cloud),
    listJobs(projectId, { status: 'SUCCESS', jobType: 'createDisasterRecoveryDrill' }),
  ]);
  const last = new Map<string, number>();
  const note = (groupId: string | null, at: number) => {
    if (groupId && Number.isFinite(at) && at > (last.get(groupId) ?? 0)) last.set(groupId, at);
  };
  for (const d of drills)
    if (d.status === 'available' && d.created_at) note(d.server_group_id, Date.parse(d.created_at));
  for (const j of jobs) note(j.targetId, j.finishedAt ?? j.updatedAt);
  return { drills, last };
}

/** Whether each flavor is on sale, per AZ asked: the DR sites' AZs. */
async function flavorsOnSale(cloud: Cloud, azs: string[]): Promise<Map<string, Set<string>>> {
  const entries = await Promise.all(
    azs.map(async (az) => {
      const flavors = await listFlavors(cloud, az);
      return [az, new Set(flavors.filter((f) => flavorAvailableIn(f, az)).map((f) => f.id))] as const;
    }),
  );
  return new Map(entries);
}

/**
 * Everything the readiness checks decide on, for the whole project (or one group), read from the
 * cloud and the ledger. Drift and DR server checks need every server: one ECS list serves all.
 */
export async function loadReadiness(
  cloud: Cloud,
  projectId: string,
  only?: { groupId: string },
): Promise<ProjectReadiness> {
  const allGroups = await listProtectionGroups(cloud);
  const groups = only ? allGroups.filter((g) => g.id === only.groupId) : allGroups;
  const [instances, pairs, servers, failed, drills, quotas] = await Promise.all([
    listProtectedInstances(cloud, only ? { server_group_id: only.groupId } : {}),
    listReplicationPairs(cloud, only ? { server_group_id: only.groupId } : {}),
    listServers(cloud),
    listAllFailedTasks(cloud, groups),
    lastDrills(cloud, projectId),
    getQuotas(cloud),
  ]);
  const onSale = await flavorsOnSale(cloud, [...new Set(groups.map(drAzOf))]);
  const byId = new Map(servers.map((s) => [s.id, s]));
  const now = Date.now();
  const instancesPerGroup: Record<string, number> = {};
  const failedTasksPerGroup: Record<string, number> = {};
  for (const i of instances) instancesPerGroup[i.server_group_id] = (instancesPerGroup[i.server_group_id] ?? 0) + 1;
  for (const t of failed) if (t.groupId) failedTasksPerGroup[t.groupId] = (failedTasksPerGroup[t.groupId] ?? 0) + 1;

  const factsOf = (g: ServerGroup): InstanceFacts[] => {
    const productionAz = productionAzOf(g);
    const sold = onSale.get(drAzOf(g));
    return instances
      .filter((i) => i.server_group_id === g.id)
      .map((instance) => {
        const found = [instance.source_server, instance.target_server]
          .map((id) => byId.get(id))
          .filter((s): s is CloudServer => s !== undefined);
        const production = found.find((s) => s['OS-EXT-AZ:availability_zone'] === productionAz);
        const dr = found.find((s) => s !== production);
        return { instance, production, dr, drFlavorSold: dr && sold ? sold.has(dr.flavor.id) : null };
      });
  };

  return {
    groups: groups.map((group) =>
      groupReadiness({
        group,
        pairs: pairs.filter((p) => p.server_group_id === group.id),
        instances: factsOf(group),
        lastDrillAt: drills.last.get(group.id) ?? null,
        failedTasks: failedTasksPerGroup[group.id] ?? 0,
        drillMaxAgeDays: config().DRILL_MAX_AGE_DAYS,
        now,
      }),
    ),
    quotas: quotas.map(quotaUse),
    instancesPerGroup,
    failedTasksPerGroup,
    read: { groups, instances, pairs, drills: drills.drills, failedTasks: failed },
  };
}
