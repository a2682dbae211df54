import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { actionOf } from './inventory';
import { postAction } from './support';

/**
 * Starts protecting a server through a console's own create action, as its form posts it; returns
 * the ledger's job id from the redirect to the job page.
 */
export async function startProtectionJob(
  request: APIRequestContext,
  consoleUrl: string,
  target: { serverGroupId: string | undefined; serverId: string | undefined; name: string },
): Promise<string> {
  const res = await postAction(
    request,
    actionOf('app/(console)/protected-instances/new/actions.ts', 'createProtectedInstance'),
    {
      ...target,
      description: '',
      subnetId: '',
      ipAddress: '',
      flavorRef: '',
      tags: [],
      idempotencyKey: randomUUID(),
    },
    { page: `${consoleUrl}/protected-instances/new`, origin: consoleUrl },
  );
  const jobId = /\/jobs\/([0-9a-f-]{36})/.exec(res.headers()['x-action-redirect'] ?? '')?.[1];
  if (!jobId) throw new Error(`the job did not start (HTTP ${res.status()})`);
  return jobId;
}
