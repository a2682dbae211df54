'use server';

import { checkDeleteInstance, verdictText } from '@/lib/dr/cycle-rules';
import { isNotFound } from '@/lib/otc/errors';
import type { ProtectedInstance, ReplicationPair, ServerGroup } from '@/lib/otc/schemas';
import { getProtectedInstance, getProtectionGroup, listReplicationPairs } from '@/lib/otc/sdrs';
import { deleteProtectedInstance } from '@/lib/otc/sdrs-groups';
import { batchDeleteSchema } from '@/lib/schemas/day-two';
import { writeBatchAction } from '@/lib/write/batch-write';

/** One selected instance as the rules see it; `instance` is null when it no longer exists. */
interface Selected {
  id: string;
  instance: ProtectedInstance | null;
  group: ServerGroup | null;
  /** The pairs the instance holds, which stay when it goes. */
  pairs: { id: string; name: string }[];
}

const nameOf = (item: Selected) => item.instance?.name ?? item.id;

/**
 * Deletes several protected instances, each as its own job (the OTC API has no batch delete);
 * every one is checked on its own, so one that cannot go is reported and the rest are deleted.
 */
export const deleteProtectedInstances = writeBatchAction({
  action: 'deleteProtectedInstance',
  permission: 'delete-resource',
  schema: batchDeleteSchema,
  load: async (cloud, input): Promise<Selected[]> => {
    const groups = new Map<string, Promise<[ServerGroup, ReplicationPair[]]>>();
    const groupOf = (id: string) => {
      const known =
        groups.get(id) ??
        Promise.all([getProtectionGroup(cloud, id), listReplicationPairs(cloud, { server_group_id: id })]);
      groups.set(id, known);
      return known;
    };
    return Promise.all(
      [...new Set(input.instanceIds)].map(async (id) => {
        const instance = await getProtectedInstance(cloud, id).catch((e: unknown) => {
          if (isNotFound(e)) return null;
          throw e;
        });
        if (!instance) return { id, instance, group: null, pairs: [] };
        const [group, pairs] = await groupOf(instance.server_group_id);
        const held = pairs.filter((p) => instance.attachment.some((a) => a.replication === p.id));
        return { id, instance, group, pairs: held.map((p) => ({ id: p.id, name: p.name })) };
      }),
    );
  },
  identify: (item) => ({ id: item.id, name: nameOf(item) }),
  check: (_input, { instance, group }) =>
    instance && group
      ? verdictText(checkDeleteInstance(instance.status, group.status))
      : 'This instance no longer exists.',
  job: (input, item) => ({
    kind: 'sdrs-job',
    jobType: 'deleteProtectedInstanceNoCG',
    targetKind: 'protected-instance',
    targetName: nameOf(item),
    targetId: item.id,
    params: {
      instanceId: item.id,
      deleteDrServer: input.deleteDrServer,
      releaseEip: input.releaseEip,
      group: item.group?.name,
      groupId: item.group?.id,
      batch: true,
      keptPairs: item.pairs,
    },
  }),
  send: async (cloud, input, { id }) => ({
    cloudJobId: await deleteProtectedInstance(cloud, id, {
      delete_target_server: input.deleteDrServer,
      delete_target_eip: input.releaseEip && input.deleteDrServer,
    }),
    targetId: id,
  }),
});
