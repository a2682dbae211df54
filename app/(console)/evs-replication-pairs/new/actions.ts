'use server';

import { redirect } from 'next/navigation';
import { actionClient } from '@/lib/auth/action-client';
import { loadEvsPairContext } from '@/lib/dr/create-context';
import { evsDrDiskProblem, evsProductionDiskProblem } from '@/lib/dr/preflight';
import { jobByKey } from '@/lib/jobs/ledger';
import { submitOnce, type SubmitFailure } from '@/lib/jobs/submit';
import { load } from '@/lib/list/load';
import { createEvsReplicationPair as sendCreate } from '@/lib/otc/evs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { evsReplicationPairSchema } from '@/lib/schemas/evs-replication-pair';

/** The deprecated API has no job: the ledger watches the new pair's status instead. */
export const createEvsReplicationPair = actionClient
  .metadata({ action: 'createEvsReplicationPair', permission: 'create-replication-pair' })
  .inputSchema(evsReplicationPairSchema)
  .action(async ({ parsedInput: input, ctx: { session } }): Promise<SubmitFailure> => {
    // The same form sent again (retry, second tab) opens the job it already started.
    const earlier = jobByKey(session.projectId, input.idempotencyKey);
    if (earlier) redirect(`/jobs/${earlier.id}`);
    const cloud = cloudFor(session);
    const loaded = await load(() => loadEvsPairContext(cloud));
    if (!loaded.ok)
      return { ok: false, message: 'The form could not be checked against the cloud.', cloudError: loaded.error };
    const { volumes, servers, paired } = loaded.data;
    const prod = volumes.find((v) => v.id === input.productionVolumeId);
    const dr = volumes.find((v) => v.id === input.drVolumeId);
    const fieldErrors: Record<string, string> = {};
    const prodIssue = prod ? evsProductionDiskProblem(prod, paired) : 'This disk no longer exists.';
    if (prodIssue) fieldErrors.productionVolumeId = prodIssue;
    const drIssue = dr ? evsDrDiskProblem(dr, prod, paired, servers) : 'This disk no longer exists.';
    if (drIssue) fieldErrors.drVolumeId = drIssue;
    if (!prod || Object.keys(fieldErrors).length > 0)
      return { ok: false, message: 'Some fields need attention.', fieldErrors };

    const result = await submitOnce(
      session,
      'createEvsReplicationPair',
      {
        kind: 'evs-pair',
        jobType: 'createEvsReplicationPair',
        targetKind: 'evs-replication-pair',
        targetName: input.name,
        params: { ...input, priorityStation: prod.availability_zone },
        idempotencyKey: input.idempotencyKey,
      },
      async () => {
        const pair = await sendCreate(cloud, {
          name: input.name,
          description: input.description,
          productionVolumeId: prod.id,
          drVolumeId: input.drVolumeId,
          // The production disk's AZ, derived: the form shows it, the user does not type it.
          priorityStation: prod.availability_zone,
        });
        return { cloudJobId: null, targetId: pair.id };
      },
    );
    if (!result.ok) return result;
    redirect(`/jobs/${result.jobId}`);
  });
