'use server';

import { loadEvsDisks } from '@/lib/dr/create-context';
import { evsDrProblem, evsProductionProblem } from '@/lib/dr/evs-pairing';
import { createEvsReplicationPair as sendCreate } from '@/lib/otc/evs';
import { evsReplicationPairSchema } from '@/lib/schemas/evs-replication-pair';
import { writeAction } from '@/lib/write/write-path';

/** The deprecated API has no job: the ledger watches the new pair's status instead. */
export const createEvsReplicationPair = writeAction({
  action: 'createEvsReplicationPair',
  permission: 'create-replication-pair',
  schema: evsReplicationPairSchema,
  load: async (cloud, input) => {
    const disks = await loadEvsDisks(cloud);
    const find = (id: string) => disks.find((d) => d.id === id);
    return { prod: find(input.productionVolumeId), dr: find(input.drVolumeId) };
  },
  // The same pairing rule the form applies as the user picks, on fresh facts.
  check: (_input, { prod, dr }) => {
    const errors: Record<string, string> = {};
    const prodIssue = prod ? evsProductionProblem(prod) : 'This disk no longer exists.';
    if (prodIssue) errors.productionVolumeId = prodIssue;
    const drIssue = dr ? evsDrProblem(dr, prod) : 'This disk no longer exists.';
    if (drIssue) errors.drVolumeId = drIssue;
    return errors;
  },
  job: (input, { prod }) => ({
    kind: 'evs-pair',
    jobType: 'createEvsReplicationPair',
    targetKind: 'evs-replication-pair',
    targetName: input.name,
    params: { ...input, priorityStation: prod?.az },
  }),
  send: async (cloud, input, { prod }) => {
    // The check above guarantees the production disk; its AZ is derived, never typed.
    if (!prod) throw new Error('production disk vanished between check and send');
    const pair = await sendCreate(cloud, {
      name: input.name,
      description: input.description,
      productionVolumeId: prod.id,
      drVolumeId: input.drVolumeId,
      priorityStation: prod.az,
    });
    return { cloudJobId: null, targetId: pair.id };
  },
});
