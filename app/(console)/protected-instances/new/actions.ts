'use server';

import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/audit-log';
import { actionClient } from '@/lib/auth/action-client';
import { loadProtectedInstanceContext, serverProblemIn } from '@/lib/dr/create-context';
import { groupProblem } from '@/lib/dr/preflight';
import { jobByKey } from '@/lib/jobs/ledger';
import { submitOnce, type SubmitFailure } from '@/lib/jobs/submit';
import { load } from '@/lib/list/load';
import { createProtectedInstance as sendCreate } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { protectedInstanceBaseSchema, protectedInstanceSchema } from '@/lib/schemas/protected-instance';

/**
 * Re-validates with the form's schema and the pre-flight rules against fresh cloud data, then sends
 * the request once (idempotency key) and opens the job page.
 */
export const createProtectedInstance = actionClient
  .metadata({ action: 'createProtectedInstance', permission: 'create-protected-instance' })
  .inputSchema(protectedInstanceBaseSchema)
  .action(async ({ parsedInput: input, ctx: { session } }): Promise<SubmitFailure> => {
    // The same form sent again (retry, second tab) opens the job it already started.
    const earlier = jobByKey(session.projectId, input.idempotencyKey);
    if (earlier) redirect(`/jobs/${earlier.id}`);
    const cloud = cloudFor(session);
    const loaded = await load(() => loadProtectedInstanceContext(cloud, input.serverGroupId));
    if (!loaded.ok)
      return { ok: false, message: 'The form could not be checked against the cloud.', cloudError: loaded.error };
    const ctx = loaded.data;

    const fieldErrors: Record<string, string> = {};
    const checked = protectedInstanceSchema(ctx.subnets).safeParse(input);
    if (!checked.success) for (const issue of checked.error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
    const groupIssue = groupProblem(ctx.group);
    if (groupIssue) fieldErrors.serverGroupId = groupIssue;
    const server = ctx.servers.find((s) => s.id === input.serverId);
    const serverIssue = server ? serverProblemIn(ctx, server) : 'This server no longer exists.';
    if (serverIssue) fieldErrors.serverId = serverIssue;
    const flavor = input.flavorRef ? ctx.drFlavors.find((f) => f.id === input.flavorRef) : undefined;
    if (input.flavorRef && !flavor?.available)
      fieldErrors.flavorRef = 'This flavor is not sold in the DR AZ; choose another or keep the production flavor.';
    if (Object.keys(fieldErrors).length > 0) {
      recordAudit({
        userName: session.userName,
        projectId: session.projectId,
        action: 'createProtectedInstance',
        target: input.name,
        params: input,
        outcome: 'invalid',
      });
      return { ok: false, message: 'Some fields need attention.', fieldErrors };
    }

    const result = await submitOnce(
      session,
      'createProtectedInstance',
      {
        kind: 'sdrs-job',
        jobType: 'createProtectedInstanceNoCG',
        targetKind: 'protected-instance',
        targetName: input.name,
        params: { ...input, group: ctx.group.name, server: server?.name },
        idempotencyKey: input.idempotencyKey,
      },
      async () => ({
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
    );
    if (!result.ok) return result;
    redirect(`/jobs/${result.jobId}`);
  });
