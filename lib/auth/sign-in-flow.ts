import 'server-only';
import { recordAudit, recordRepeatedAudit } from '../audit/audit-log';
import type { Credentials } from '../otc/cloud';
import type { Endpoints } from '../otc/endpoints';
import { OtcError } from '../otc/errors';
import type { Identity } from '../otc/iam';
import type { ActionFailure } from '../write/result';
import { createSession } from './session';
import { describeSignInFailure } from './sign-in-errors';
import { attemptKey, clearAttempts, releaseAttempt, reserveAttempt } from './sign-in-guard';

export type SignInMethod = 'password' | 'aksk';

export interface Authenticated {
  identity: Identity;
  credentials: Credentials;
  endpoints: Endpoints;
  token: { token: string; expiresAt: number } | null;
}

const ACTION: Record<SignInMethod, string> = { password: 'signInWithPassword', aksk: 'signInWithAccessKey' };

/** Only a refusal of the credentials counts toward the limit; an unreachable cloud does not. */
const isCredentialRefusal = (e: unknown) =>
  e instanceof OtcError && e.kind === 'http' && e.status >= 400 && e.status < 500;

/**
 * The one way in, for every sign-in form: reserve an attempt for this user and address, ask IAM,
 * start the session, record the outcome (never a password or a secret key). Returns null once
 * signed in, or what the form shows.
 */
export async function signIn(
  method: SignInMethod,
  who: string,
  authenticate: () => Promise<Authenticated>,
): Promise<ActionFailure | null> {
  const { key, address } = await attemptKey(`${method}:${who}`);
  const refused = (errorCode: string | null) =>
    recordRepeatedAudit(
      { userName: who, projectId: '', action: ACTION[method], params: { method, who }, outcome: 'denied', errorCode },
      who,
      address,
    );
  const attempt = await reserveAttempt(key);
  if (!attempt.ok) {
    await refused('RATE_LIMITED');
    return {
      ok: false,
      message: `Too many failed sign-ins for this user from your address. Wait ${attempt.retryAfter} seconds, then try again.`,
    };
  }
  try {
    const { identity, credentials, endpoints, token } = await authenticate();
    await createSession(identity, credentials, endpoints, token);
    await clearAttempts(key);
    await recordAudit({
      userName: identity.userName,
      projectId: identity.projectId,
      action: ACTION[method],
      params: { method, who },
      outcome: 'ok',
    });
    return null;
  } catch (e) {
    if (!isCredentialRefusal(e)) await releaseAttempt(attempt.id);
    await refused(e instanceof OtcError ? e.code : null);
    const failure = describeSignInFailure(e, method);
    return {
      ok: false,
      message: failure.message,
      ...(failure.field ? { fieldErrors: { [failure.field]: failure.message } } : {}),
    };
  }
}
