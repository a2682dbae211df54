'use server';

import { loadPairContext } from '@/lib/dr/create-context';
import { groupProblem, pairDiskProblem } from '@/lib/dr/preflight';
import { createReplicationPair as sendCreate } from '@/lib/otc/sdrs';
import { replicationPairSchema } from '@/lib/schemas/replication-pair';
import { writeAction } from '@/lib/write/write-path';

export const createReplicationPair = writeAction({
  action: 'createReplicationPair',
  permission: 'create-replication-pair',
  schema: replicationPairSchema,
  load: async (cloud, input) => {
    const ctx = await loadPairContext(cloud, input.serverGroupId);
    return { ...ctx, disk: ctx.volumes.find((v) => v.id === input.volumeId) };
  },
  check: (_input, { group, disk, paired }) => {
    const errors: Record<string, string> = {};
    const groupIssue = groupProblem(group);
    if (groupIssue) errors.serverGroupId = groupIssue;
    const diskIssue = disk ? pairDiskProblem(disk, group, paired) : 'This disk no longer exists.';
    if (diskIssue) errors.volumeId = diskIssue;
    return errors;
  },
  job: (input, { group, disk }) => ({
    kind: 'sdrs-job',
    jobType: 'createReplicationPairNoCG',
    targetKind: 'replication-pair',
    targetName: input.name,
    params: { ...input, group: group.name, disk: disk?.name },
  }),
  send: async (cloud, input) => ({
    cloudJobId: await sendCreate(cloud, {
      server_group_id: input.serverGroupId,
      volume_id: input.volumeId,
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
    }),
  }),
});
