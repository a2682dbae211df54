import 'server-only';
import { createSafeActionClient, returnServerError } from 'next-safe-action';
import { z } from 'zod';
import { recordAudit } from '../audit/audit-log';
import { can, deniedReason, type Permission } from './roles';
import { getSession } from './session';

export interface ActionServerError {
  code: 'unauthenticated' | 'forbidden' | 'internal';
  message: string;
}

const PERMISSIONS = [
  'read',
  'create-replication-pair',
  'create-protected-instance',
  'manage-tags',
  'retry-job',
  'run-group-action',
  'delete-resource',
  'create-protection-group',
] as const satisfies readonly Permission[];

const baseClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ action: z.string(), permission: z.enum(PERMISSIONS) }),
  // Unexpected failures never leak details (they may hold request data); the log has them.
  handleServerError: (error, { metadata }): ActionServerError => {
    console.error(`[action] ${metadata?.action ?? 'unknown'} failed: ${error.name}: ${error.message}`);
    return {
      code: 'internal',
      message: 'Something went wrong on the console server. Nothing was submitted twice; try again.',
    };
  },
});

/** Actions that need no session (sign-in only). */
export const publicActionClient = baseClient;

/**
 * Every other action: a valid session and a role that holds the action's permission, checked on
 * the server before the input is even parsed. Refusals are recorded in the audit log.
 */
export const actionClient = baseClient.use(async ({ next, metadata }) => {
  const session = await getSession();
  if (!session) {
    returnServerError<ActionServerError>({
      code: 'unauthenticated',
      message: 'Your session has ended. Sign in again.',
    });
  }
  if (!can(session.role, metadata.permission)) {
    recordAudit({
      userName: session.userName,
      projectId: session.projectId,
      action: metadata.action,
      outcome: 'denied',
    });
    returnServerError<ActionServerError>({
      code: 'forbidden',
      message: deniedReason(session.role, metadata.permission) ?? '',
    });
  }
  return next({ ctx: { session } });
});
