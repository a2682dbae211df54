'use server';

import { listAllFailedTasks, listProtectionGroups } from '@/lib/otc/sdrs';
import { deleteFailedTask, deleteGroupFailedTasks, deleteGroupLevelFailedTasks } from '@/lib/otc/task-center';
import { dismissTasksSchema } from '@/lib/schemas/cycle';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

/** Dismisses failed tasks from the cloud's task center: one, all of a group, or all of the project. */
export const dismissFailedTasks = writeAction({
  action: 'dismissFailedTasks',
  permission: 'delete-resource',
  schema: dismissTasksSchema,
  load: async (cloud) => {
    const groups = await listProtectionGroups(cloud);
    return { groups, tasks: await listAllFailedTasks(cloud, groups) };
  },
  check: (input, { tasks }): Record<string, string> => {
    const matching =
      input.scope === 'one'
        ? tasks.filter((t) => t.resource_id === input.resourceId)
        : input.scope === 'group'
          ? tasks.filter((t) => t.groupId === input.groupId)
          : tasks;
    return matching.length > 0 ? {} : { [WHOLE_ACTION]: 'The task center no longer lists these tasks.' };
  },
  job: (input, { groups, tasks }) => ({
    kind: 'sync',
    jobType: 'dismissFailedTasks',
    targetKind: 'protection-group',
    targetName:
      input.scope === 'one'
        ? (tasks.find((t) => t.resource_id === input.resourceId)?.resource_name ?? input.resourceId)
        : input.scope === 'group'
          ? (groups.find((g) => g.id === input.groupId)?.name ?? input.groupId)
          : 'all failed tasks',
    targetId: input.scope === 'group' ? input.groupId : null,
    params: input,
  }),
  send: async (cloud, input, { groups, tasks }) => {
    if (input.scope === 'one') await deleteFailedTask(cloud, input.resourceId);
    else if (input.scope === 'group') await deleteGroupFailedTasks(cloud, input.groupId);
    else {
      // "All": the group-level tasks, then each group's own (the API has no single call for both).
      await deleteGroupLevelFailedTasks(cloud);
      const withTasks = groups.filter((g) => tasks.some((t) => t.groupId === g.id));
      for (const g of withTasks) await deleteGroupFailedTasks(cloud, g.id);
    }
    return { cloudJobId: null };
  },
  stay: true,
});
