'use server';

import { redirect } from 'next/navigation';
import { actionClient } from '@/lib/auth/action-client';
import { loadPairContext } from '@/lib/dr/create-context';
import { groupProblem, pairDiskProblem } from '@/lib/dr/preflight';
import { jobByKey } from '@/lib/jobs/ledger';
import { submitOnce, type SubmitFailure } from '@/lib/jobs/submit';
import { load } from '@/lib/list/load';
import { createReplicationPair as sendCreate } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { replicationPairSchema } from '@/lib/schemas/replication-pair';

export const createReplicationPair = actionClient
  .metadata({ action: 'createReplicationPair', permission: 'create-replication-pair' })
  .inputSchema(replicationPairSchema)
  .action(async ({ parsedInput: input, ctx: { session } }): Promise<SubmitFailure> => {
    // The same form sent again (retry, second tab) opens the job it already started.
    const earlier = jobByKey(session.projectId, input.idempotencyKey);
    if (earlier) redirect(`/jobs/${earlier.id}`);
    const cloud = cloudFor(session);
    const loaded = await load(() => loadPairContext(cloud, input.serverGroupId));
    if (!loaded.ok)
      return { ok: false, message: 'The form could not be checked against the cloud.', cloudError: loaded.error };
    const { group, volumes, paired } = loaded.data;
    const fieldErrors: Record<string, string> = {};
    const groupIssue = groupProblem(group);
    if (groupIssue) fieldErrors.serverGroupId = groupIssue;
    const disk = volumes.find((v) => v.id === input.volumeId);
    const diskIssue = disk ? pairDiskProblem(disk, group, paired) : 'This disk no longer exists.';
    if (diskIssue) fieldErrors.volumeId = diskIssue;
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: 'Some fields need attention.', fieldErrors };

    const result = await submitOnce(
      session,
      'createReplicationPair',
      {
        kind: 'sdrs-job',
        jobType: 'createReplicationPairNoCG',
        targetKind: 'replication-pair',
        targetName: input.name,
        params: { ...input, group: group.name, disk: disk?.name },
        idempotencyKey: input.idempotencyKey,
      },
      async () => ({
        cloudJobId: await sendCreate(cloud, {
          server_group_id: input.serverGroupId,
          volume_id: input.volumeId,
          name: input.name,
          ...(input.description ? { description: input.description } : {}),
        }),
      }),
    );
    if (!result.ok) return result;
    redirect(`/jobs/${result.jobId}`);
  });
