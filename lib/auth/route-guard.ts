import 'server-only';
import { authorize } from './authorize';
import type { Permission } from './roles';
import type { Session } from './session';

type Handler<C> = (request: Request, context: C, session: Session) => Promise<Response>;

/** Route handlers: 401 without a session, 403 for a role without the permission. */
export function guardRoute<C>(name: string, permission: Permission, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const auth = await authorize(name, permission);
    if (!auth.ok) {
      return Response.json(
        { error: auth.code, message: auth.message },
        { status: auth.code === 'unauthenticated' ? 401 : 403 },
      );
    }
    return handler(request, context, auth.session);
  };
}
