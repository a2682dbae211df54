import 'server-only';
import { sessionSecrets, storeRefreshedToken, type Session } from '../auth/session';
import { config } from '../config';
import { Cloud } from './cloud';

/**
 * The cloud as the session's user: credentials opened server-side, refreshed tokens written back.
 * Pages and actions share identical reads of the project for a moment; the job poller (`fresh`)
 * always asks the cloud itself, since what it reads is what a job ended in.
 */
export async function cloudFor(session: Session, { fresh = false } = {}): Promise<Cloud> {
  const { credentials, token } = await sessionSecrets(session.idHash);
  const cfg = config();
  return new Cloud({
    iamUrl: cfg.OTC_IAM_URL,
    projectId: session.projectId,
    endpoints: session.endpoints,
    credentials,
    token,
    timeoutMs: cfg.OTC_TIMEOUT_MS,
    shareReadsMs: fresh ? undefined : cfg.CLOUD_READ_SHARE_MS,
    onTokenRefreshed: (t) =>
      void storeRefreshedToken(session.idHash, t).catch((e: unknown) =>
        console.error(`[session] a refreshed token was not stored: ${(e as Error).message}`),
      ),
  });
}
