import 'server-only';
import { sessionSecrets, storeRefreshedToken, type Session } from '../auth/session';
import { config } from '../config';
import { Cloud } from './cloud';

/** The cloud as the session's user: credentials opened server-side, refreshed tokens written back. */
export function cloudFor(session: Session): Cloud {
  const { credentials, token } = sessionSecrets(session.idHash);
  const cfg = config();
  return new Cloud({
    iamUrl: cfg.OTC_IAM_URL,
    projectId: session.projectId,
    endpoints: session.endpoints,
    credentials,
    token,
    timeoutMs: cfg.OTC_TIMEOUT_MS,
    onTokenRefreshed: (t) => storeRefreshedToken(session.idHash, t),
  });
}
