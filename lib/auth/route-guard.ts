import 'server-only';
import { recordAudit } from '../audit/audit-log';
import { can, deniedReason, type Permission } from './roles';
import { getSession, type Session } from './session';

type Handler<C> = (request: Request, context: C, session: Session) => Promise<Response>;

/** Route handlers: 401 without a session, 403 for a role without the permission. */
export function guardRoute<C>(name: string, permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const session = await getSession();
    if (!session) return Response.json({ error: 'unauthenticated', message: 'Sign in first.' }, { status: 401 });
    if (!can(session.role, permission)) {
      recordAudit({ userName: session.userName, projectId: session.projectId, action: name, outcome: 'denied' });
      return Response.json({ error: 'forbidden', message: deniedReason(session.role, permission) }, { status: 403 });
    }
    return handler(request, context, session);
  };
}
