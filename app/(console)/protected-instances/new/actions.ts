'use server';

import { loadProtectedInstanceContext, serverProblemIn } from '@/lib/dr/create-context';
import { groupProblem } from '@/lib/dr/preflight';
import { createProtectedInstance as sendCreate } from '@/lib/otc/sdrs';
import { protectedInstanceBaseSchema, protectedInstanceSchema } from '@/lib/schemas/protected-instance';
import { issuesByField } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

/** Checked again with fresh cloud data: the group, the server, the subnet's CIDR and the DR flavor. */
export const createProtectedInstance = writeAction({
  action: 'createProtectedInstance',
  permission: 'create-protected-instance',
  schema: protectedInstanceBaseSchema,
  load: async (cloud, input) => {
    const ctx = await loadProtectedInstanceContext(cloud, input.serverGroupId);
    return { ...ctx, server: ctx.servers.find((s) => s.id === input.serverId) };
  },
  check: (input, ctx) => {
    const checked = protectedInstanceSchema(ctx.subnets).safeParse(input);
    const errors = checked.success ? {} : issuesByField(checked.error.issues);
    const groupIssue = groupProblem(ctx.group);
    if (groupIssue) errors.serverGroupId = groupIssue;
    const serverIssue = ctx.server ? serverProblemIn(ctx, ctx.server) : 'This server no longer exists.';
    if (serverIssue) errors.serverId = serverIssue;
    const flavor = input.flavorRef ? ctx.drFlavors.find((f) => f.id === input.flavorRef) : undefined;
    if (input.flavorRef && !flavor?.available)
      errors.flavorRef = 'This flavor is not sold in the DR AZ; choose another or keep the production flavor.';
    return errors;
  },
  job: (input, ctx) => ({
    kind: 'sdrs-job',
    jobType: 'createProtectedInstanceNoCG',
    targetKind: 'protected-instance',
    targetName: input.name,
    params: { ...input, group: ctx.group.name, server: ctx.server?.name },
  }),
  send: async (cloud, input) => ({
    cloudJobId: await sendCreate(cloud, {
      server_group_id: input.serverGroupId,
      server_id: input.serverId,
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      ...(input.subnetId ? { primary_subnet_id: input.subnetId } : {}),
      ...(input.subnetId && input.ipAddress ? { primary_ip_address: input.ipAddress } : {}),
      ...(input.flavorRef ? { flavorRef: input.flavorRef } : {}),
      ...(input.tags.length ? { tags: input.tags } : {}),
    }),
  }),
});
