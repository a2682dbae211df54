import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordAudit } from '../audit/audit-log';
import type { OtcError } from '../otc/errors';
import { endSession, getSession } from './session';

/** Why the sign-in page was opened, shown there in plain words. */
export const CLOUD_SIGNED_OUT = 'cloud-signed-out';

/**
 * The cloud still refused the session's credentials after the console renewed them (a changed
 * password, a disabled user or key): the session is ended and the user signs in again, coming
 * back to the page they were on.
 */
export async function signInAgain(error: OtcError): Promise<never> {
  const session = await getSession();
  if (session) {
    await endSession(session.idHash);
    await recordAudit({
      userName: session.userName,
      projectId: session.projectId,
      action: 'sessionEnded',
      outcome: 'denied',
      errorCode: error.code,
      params: { reason: 'the cloud refused the credentials' },
    });
  }
  const next = (await headers()).get('x-request-path') ?? '/';
  redirect(`/sign-in?next=${encodeURIComponent(next)}&reason=${CLOUD_SIGNED_OUT}`);
}
