'use server';

import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/audit-log';
import { publicActionClient } from '@/lib/auth/action-client';
import { createSession } from '@/lib/auth/session';
import { attemptKey, clearFailedSignIns, recordFailedSignIn, retryAfter } from '@/lib/auth/sign-in-guard';
import { describeSignInFailure, type SignInFailure } from '@/lib/auth/sign-in-errors';
import { config } from '@/lib/config';
import { resolveEndpoints } from '@/lib/otc/endpoints';
import { OtcError } from '@/lib/otc/errors';
import { identifyAccessKey, issuePasswordToken, type Identity, type PasswordLogin } from '@/lib/otc/iam';
import { accessKeySignInSchema, demoSignInSchema, passwordSignInSchema, safeNextPath } from '@/lib/schemas/sign-in';

type SignInResult = { ok: false; failure: SignInFailure };

/** Sign-ins are recorded, successful or not; never with the password or the secret key. */
function auditSignIn(method: 'password' | 'aksk', who: string, identity: Identity | null, error?: unknown) {
  const errorCode = error instanceof OtcError ? error.code : typeof error === 'string' ? error : null;
  recordAudit({
    userName: identity?.userName ?? who,
    projectId: identity?.projectId ?? '',
    action: method === 'password' ? 'signInWithPassword' : 'signInWithAccessKey',
    params: { method, who },
    outcome: identity ? 'ok' : 'denied',
    errorCode,
  });
}

const endpointSettings = () => {
  const c = config();
  return {
    region: c.OTC_REGION,
    common: c.OTC_ENDPOINT_URL,
    overrides: { sdrs: c.OTC_SDRS_URL, evs: c.OTC_EVS_URL, ecs: c.OTC_ECS_URL, vpc: c.OTC_VPC_URL },
  };
};

/** Only a refusal of the credentials counts toward the limit; an unreachable cloud does not. */
const isCredentialRefusal = (e: unknown) =>
  e instanceof OtcError && e.kind === 'http' && e.status >= 400 && e.status < 500;

const tooMany = (seconds: number): SignInResult => ({
  ok: false,
  failure: {
    message: `Too many failed sign-ins for this user from your address. Wait ${seconds} seconds, then try again.`,
  },
});

async function passwordSession(login: PasswordLogin): Promise<SignInResult | null> {
  const c = config();
  const key = await attemptKey(`pw:${login.domain}/${login.user}`);
  const wait = retryAfter(key);
  if (wait > 0) {
    auditSignIn('password', `${login.domain}/${login.user}`, null, 'RATE_LIMITED');
    return tooMany(wait);
  }
  try {
    const issued = await issuePasswordToken(c.OTC_IAM_URL, login, c.OTC_TIMEOUT_MS);
    const endpoints = resolveEndpoints(endpointSettings(), issued.projectId, issued.catalog);
    await createSession(issued, { method: 'password', ...login }, endpoints, {
      token: issued.token,
      expiresAt: issued.expiresAt,
    });
    auditSignIn('password', `${login.domain}/${login.user}`, issued);
    clearFailedSignIns(key);
    return null;
  } catch (e) {
    if (isCredentialRefusal(e)) recordFailedSignIn(key);
    auditSignIn('password', `${login.domain}/${login.user}`, null, e);
    return { ok: false, failure: describeSignInFailure(e, 'password') };
  }
}

export const signInWithPassword = publicActionClient
  .metadata({ action: 'signInWithPassword', permission: 'read' })
  .inputSchema(passwordSignInSchema)
  .action(async ({ parsedInput: { next, ...login } }): Promise<SignInResult> => {
    const failed = await passwordSession(login);
    if (failed) return failed;
    redirect(safeNextPath(next));
  });

export const signInWithAccessKey = publicActionClient
  .metadata({ action: 'signInWithAccessKey', permission: 'read' })
  .inputSchema(accessKeySignInSchema)
  .action(async ({ parsedInput: { next, ...keys } }): Promise<SignInResult> => {
    const c = config();
    const key = await attemptKey(`ak:${keys.accessKey}`);
    const wait = retryAfter(key);
    if (wait > 0) {
      auditSignIn('aksk', keys.accessKey, null, 'RATE_LIMITED');
      return tooMany(wait);
    }
    try {
      const identity = await identifyAccessKey(c.OTC_IAM_URL, keys, c.OTC_TIMEOUT_MS);
      const endpoints = resolveEndpoints(endpointSettings(), identity.projectId);
      await createSession(identity, { method: 'aksk', ...keys }, endpoints, null);
      auditSignIn('aksk', keys.accessKey, identity);
      clearFailedSignIns(key);
    } catch (e) {
      if (isCredentialRefusal(e)) recordFailedSignIn(key);
      auditSignIn('aksk', keys.accessKey, null, e);
      return { ok: false, failure: describeSignInFailure(e, 'aksk') };
    }
    redirect(safeNextPath(next));
  });

/** Demo mode only: signs in as a demo account with the password the server holds. */
export const signInAsDemoUser = publicActionClient
  .metadata({ action: 'signInAsDemoUser', permission: 'read' })
  .inputSchema(demoSignInSchema)
  .action(async ({ parsedInput: { user, next } }): Promise<SignInResult> => {
    const c = config();
    if (!c.DEMO_MODE || !c.DEMO_PASSWORD) {
      return { ok: false, failure: { message: 'Demo accounts are only available in demo mode.' } };
    }
    const failed = await passwordSession({ domain: 'demo', user, password: c.DEMO_PASSWORD, project: 'eu-de' });
    if (failed) return failed;
    redirect(safeNextPath(next));
  });
