import 'server-only';
import { isNotFound, OtcError } from '../otc/errors';

/**
 * How the group route handlers answer a failed cloud read: 404 for a group that is not there, 401
 * when the cloud no longer accepts the sign-in, 502 with the cloud's code for anything else the
 * cloud said. Anything that is not a cloud error is the console's own and is thrown on.
 */
export function groupReadFailure(e: unknown): Response {
  if (isNotFound(e))
    return Response.json({ error: 'not-found', message: 'No such protection group.' }, { status: 404 });
  if (e instanceof OtcError && e.status === 401)
    return Response.json(
      { error: 'unauthenticated', message: 'The cloud no longer accepts this sign-in. Sign in again.' },
      { status: 401 },
    );
  if (e instanceof OtcError)
    return Response.json({ error: e.code, message: e.message, cloudStatus: e.status }, { status: 502 });
  throw e;
}
