'use server';

import { checkDeletePair, verdictText } from '@/lib/dr/cycle-rules';
import { getProtectedInstance, getProtectionGroup, getReplicationPair } from '@/lib/otc/sdrs';
import { deleteReplicationPair as sendDelete } from '@/lib/otc/sdrs-groups';
import { deletePairSchema } from '@/lib/schemas/cycle';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

/** Deletes a replication pair that no instance holds; its DR disk goes only when asked. */
export const deleteReplicationPair = writeAction({
  action: 'deleteReplicationPair',
  permission: 'delete-resource',
  schema: deletePairSchema,
  load: async (cloud, input) => {
    const pair = await getReplicationPair(cloud, input.pairId);
    const attached = pair.attachment[0]?.protected_instance;
    const [group, instance] = await Promise.all([
      getProtectionGroup(cloud, pair.server_group_id),
      attached ? getProtectedInstance(cloud, attached).catch(() => null) : Promise.resolve(null),
    ]);
    return { pair, group, attachedTo: attached ? (instance?.name ?? attached) : null };
  },
  check: (_input, { pair, group, attachedTo }): Record<string, string> => {
    const text = verdictText(checkDeletePair({ status: pair.status, attachedTo }, group.status));
    return text ? { [WHOLE_ACTION]: text } : {};
  },
  job: (input, { pair, group }) => ({
    kind: 'sdrs-job',
    jobType: 'deleteReplicationPairNoCG',
    targetKind: 'replication-pair',
    targetName: pair.name,
    targetId: pair.id,
    params: { ...input, group: group.name },
  }),
  send: async (cloud, input, { pair }) => ({
    cloudJobId: await sendDelete(cloud, input.pairId, {
      server_group_id: pair.server_group_id,
      delete_target_volume: input.deleteDrDisk,
    }),
    targetId: input.pairId,
  }),
});
