'use server';

import { loadEvsPairContext } from '@/lib/dr/create-context';
import { evsDrDiskProblem, evsProductionDiskProblem } from '@/lib/dr/preflight';
import { createEvsReplicationPair as sendCreate } from '@/lib/otc/evs';
import { evsReplicationPairSchema } from '@/lib/schemas/evs-replication-pair';
import { writeAction } from '@/lib/write/write-path';

/** The deprecated API has no job: the ledger watches the new pair's status instead. */
export const createEvsReplicationPair = writeAction({
  action: 'createEvsReplicationPair',
  permission: 'create-replication-pair',
  schema: evsReplicationPairSchema,
  load: async (cloud, input) => {
    const ctx = await loadEvsPairContext(cloud);
    const find = (id: string) => ctx.volumes.find((v) => v.id === id);
    return { ...ctx, prod: find(input.productionVolumeId), dr: find(input.drVolumeId) };
  },
  check: (_input, { prod, dr, paired, servers }) => {
    const errors: Record<string, string> = {};
    const prodIssue = prod ? evsProductionDiskProblem(prod, paired) : 'This disk no longer exists.';
    if (prodIssue) errors.productionVolumeId = prodIssue;
    const drIssue = dr ? evsDrDiskProblem(dr, prod, paired, servers) : 'This disk no longer exists.';
    if (drIssue) errors.drVolumeId = drIssue;
    return errors;
  },
  job: (input, { prod }) => ({
    kind: 'evs-pair',
    jobType: 'createEvsReplicationPair',
    targetKind: 'evs-replication-pair',
    targetName: input.name,
    params: { ...input, priorityStation: prod?.availability_zone },
  }),
  send: async (cloud, input, { prod }) => {
    // The check above guarantees the production disk; its AZ is derived, never typed.
    if (!prod) throw new Error('production disk vanished between check and send');
    const pair = await sendCreate(cloud, {
      name: input.name,
      description: input.description,
      productionVolumeId: prod.id,
      drVolumeId: input.drVolumeId,
      priorityStation: prod.availability_zone,
    });
    return { cloudJobId: null, targetId: pair.id };
  },
});
