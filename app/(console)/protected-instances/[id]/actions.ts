'use server';

import { checkDeleteInstance, verdictText } from '@/lib/dr/cycle-rules';
import { getProtectedInstance, getProtectionGroup } from '@/lib/otc/sdrs';
import { deleteProtectedInstance as sendDelete } from '@/lib/otc/sdrs-groups';
import { deleteInstanceSchema } from '@/lib/schemas/cycle';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

/** Deletes a protected instance; the DR server and its EIP go only when the user asked. */
export const deleteProtectedInstance = writeAction({
  action: 'deleteProtectedInstance',
  permission: 'delete-resource',
  schema: deleteInstanceSchema,
  load: async (cloud, input) => {
    const instance = await getProtectedInstance(cloud, input.instanceId);
    return { instance, group: await getProtectionGroup(cloud, instance.server_group_id) };
  },
  check: (_input, { instance, group }): Record<string, string> => {
    const text = verdictText(checkDeleteInstance(instance.status, group.status));
    return text ? { [WHOLE_ACTION]: text } : {};
  },
  job: (input, { instance, group }) => ({
    kind: 'sdrs-job',
    jobType: 'deleteProtectedInstanceNoCG',
    targetKind: 'protected-instance',
    targetName: instance.name,
    targetId: instance.id,
    params: { ...input, group: group.name },
  }),
  send: async (cloud, input) => ({
    cloudJobId: await sendDelete(cloud, input.instanceId, {
      delete_target_server: input.deleteDrServer,
      delete_target_eip: input.releaseEip,
    }),
    targetId: input.instanceId,
  }),
});
