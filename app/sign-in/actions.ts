'use server';

import { redirect } from 'next/navigation';
import { publicActionClient } from '@/lib/auth/action-client';
import { signIn } from '@/lib/auth/sign-in-flow';
import { config } from '@/lib/config';
import { resolveEndpoints } from '@/lib/otc/endpoints';
import { endpointSettings } from '@/lib/otc/endpoint-settings';
import { identifyAccessKey, issuePasswordToken, type PasswordLogin } from '@/lib/otc/iam';
import { accessKeySignInSchema, demoSignInSchema, passwordSignInSchema, safeNextPath } from '@/lib/schemas/sign-in';
import type { ActionFailure } from '@/lib/write/result';

const withPassword = (login: PasswordLogin) =>
  signIn('password', `${login.domain}/${login.user}`, async () => {
    const c = config();
    const issued = await issuePasswordToken(c.OTC_IAM_URL, login, c.OTC_TIMEOUT_MS);
    return {
      identity: issued,
      credentials: { method: 'password', ...login },
      endpoints: resolveEndpoints(endpointSettings(), issued.projectId, issued.catalog),
      token: { token: issued.token, expiresAt: issued.expiresAt },
    };
  });

export const signInWithPassword = publicActionClient
  .metadata({ action: 'signInWithPassword', permission: 'read' })
  .inputSchema(passwordSignInSchema)
  .action(async ({ parsedInput: { next, ...login } }): Promise<ActionFailure> => {
    const failed = await withPassword(login);
    if (failed) return failed;
    redirect(safeNextPath(next));
  });

export const signInWithAccessKey = publicActionClient
  .metadata({ action: 'signInWithAccessKey', permission: 'read' })
  .inputSchema(accessKeySignInSchema)
  .action(async ({ parsedInput: { next, ...keys } }): Promise<ActionFailure> => {
    const failed = await signIn('aksk', keys.accessKey, async () => {
      const c = config();
      const identity = await identifyAccessKey(c.OTC_IAM_URL, keys, c.OTC_TIMEOUT_MS);
      return {
        identity,
        credentials: { method: 'aksk', ...keys },
        endpoints: resolveEndpoints(endpointSettings(), identity.projectId),
        token: null,
      };
    });
    if (failed) return failed;
    redirect(safeNextPath(next));
  });

/** Demo mode only: signs in as a demo account with the password the server holds. */
export const signInAsDemoUser = publicActionClient
  .metadata({ action: 'signInAsDemoUser', permission: 'read' })
  .inputSchema(demoSignInSchema)
  .action(async ({ parsedInput: { user, next } }): Promise<ActionFailure> => {
    const c = config();
    if (!c.DEMO_MODE || !c.DEMO_PASSWORD) {
      return { ok: false, message: 'Demo accounts are only available in demo mode.' };
    }
    const failed = await withPassword({ domain: 'demo', user, password: c.DEMO_PASSWORD, project: 'eu-de' });
    if (failed) return failed;
    redirect(safeNextPath(next));
  });
