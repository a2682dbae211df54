'use server';

import { domainAzs, groupCreateProblems, loadGroupCreateContext } from '@/lib/dr/group-create-context';
import { getJob } from '@/lib/otc/sdrs';
import { createProtectionGroup as sendCreate } from '@/lib/otc/sdrs-groups';
import { protectionGroupSchema } from '@/lib/schemas/cycle';
import { writeAction } from '@/lib/write/write-path';

/** Creates the group, then opens its page, where the create job shows live. */
export const createProtectionGroup = writeAction({
  action: 'createProtectionGroup',
  permission: 'create-protection-group',
  schema: protectionGroupSchema,
  load: (cloud) => loadGroupCreateContext(cloud),
  check: (input, ctx) => groupCreateProblems(ctx, input),
  job: (input, ctx) => ({
    kind: 'sdrs-job',
    jobType: 'createProtectionGroupNoCG',
    targetKind: 'protection-group',
    targetName: input.name,
    params: { ...input, vpc: ctx.vpcs.find((v) => v.id === input.vpcId)?.name },
  }),
  send: async (cloud, input, ctx) => {
    const domain = ctx.domains.find((d) => d.id === input.domainId);
    const dr = domain ? domainAzs(domain).find((az) => az !== input.productionAz) : undefined;
    if (!domain || !dr) throw new Error('domain vanished between check and send');
    const cloudJobId = await sendCreate(cloud, {
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      source_availability_zone: input.productionAz,
      target_availability_zone: dr,
      domain_id: domain.id,
      source_vpc_id: input.vpcId,
    });
    // The job names the new group at once; a read that fails here only costs the landing page.
    const groupId = await getJob(cloud, cloudJobId)
      .then((job) => (typeof job.entities.server_group_id === 'string' ? job.entities.server_group_id : null))
      .catch(() => null);
    return { cloudJobId, targetId: groupId };
  },
  landing: (sent, input) =>
    sent.targetId ? (input.guided ? `/setup?group=${sent.targetId}` : `/protection-groups/${sent.targetId}`) : null,
});
