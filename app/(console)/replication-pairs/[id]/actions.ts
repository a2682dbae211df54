'use server';

import { checkDeletePair, verdictText } from '@/lib/dr/cycle-rules';
import { checkExpand } from '@/lib/dr/instance-rules';
import { expandFacts, loadPairContext, pairSize } from '@/lib/dr/pair-context';
import { getReplicationPair } from '@/lib/otc/sdrs';
import { deleteReplicationPair as sendDelete } from '@/lib/otc/sdrs-groups';
import { expandReplicationPair, renameReplicationPair as sendRename } from '@/lib/otc/sdrs-instances';
import { deletePairSchema } from '@/lib/schemas/cycle';
import { expandSchema } from '@/lib/schemas/day-two';
import { renameAction } from '@/lib/write/rename-action';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

/** Deletes a replication pair that no instance holds; its DR disk goes only when asked. */
export const deleteReplicationPair = writeAction({
  action: 'deleteReplicationPair',
  permission: 'delete-resource',
  schema: deletePairSchema,
  load: (cloud, input) => loadPairContext(cloud, input.pairId),
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

/** R5: synchronous, audited; support staff may rename. */
export const renameReplicationPair = renameAction({
  action: 'renameReplicationPair',
  permission: 'rename-resource',
  targetKind: 'replication-pair',
  idParam: 'pairId',
  read: getReplicationPair,
  rename: sendRename,
});

/** R6: both disks grow to the new size; there is no way back. */
export const expandPair = writeAction({
  action: 'expandReplicationPair',
  permission: 'change-resource',
  schema: expandSchema,
  load: (cloud, input) => loadPairContext(cloud, input.pairId),
  check: (input, ctx): Record<string, string> => {
    const text = verdictText(checkExpand(expandFacts(ctx, input.newSize)));
    return text ? { newSize: text } : {};
  },
  job: (input, ctx) => ({
    kind: 'sdrs-job',
    jobType: 'expandReplicationPairNew',
    targetKind: 'replication-pair',
    targetName: ctx.pair.name,
    targetId: ctx.pair.id,
    params: { pairId: ctx.pair.id, group: ctx.group.name, from: pairSize(ctx), to: input.newSize },
  }),
  send: async (cloud, input) => ({
    cloudJobId: await expandReplicationPair(cloud, input.pairId, input.newSize),
    targetId: input.pairId,
  }),
});
