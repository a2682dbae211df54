import 'server-only';
import { createSafeActionClient, returnServerError } from 'next-safe-action';
import { z } from 'zod';
import { authorize } from './authorize';
import { PERMISSIONS } from './roles';

export interface ActionServerError {
  code: 'unauthenticated' | 'forbidden' | 'internal';
  message: string;
}

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
  const auth = await authorize(metadata.action, metadata.permission);
  if (!auth.ok) returnServerError<ActionServerError>({ code: auth.code, message: auth.message });
  return next({ ctx: { session: auth.session } });
});
