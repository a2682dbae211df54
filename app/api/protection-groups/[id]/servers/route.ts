import { guardRoute } from '@/lib/auth/route-guard';
import { loadGroupContext } from '@/lib/dr/group-context';
import { isNotFound, OtcError } from '@/lib/otc/errors';
import { cloudFor } from '@/lib/otc/session-cloud';

/**
 * The servers of a group's protected instances with their power state, for the dialogs and the
 * power panel that follow them live. A cloud failure answers 502 with its code.
 */
export const GET = guardRoute(
  'readGroupServers',
  'read',
  async (_request, context: RouteContext<'/api/protection-groups/[id]/servers'>, session) => {
    const { id } = await context.params;
    try {
      const { servers } = await loadGroupContext(cloudFor(session), id);
      return Response.json({ servers });
    } catch (e) {
      if (isNotFound(e))
        return Response.json({ error: 'not-found', message: 'No such protection group.' }, { status: 404 });
      if (e instanceof OtcError)
        return Response.json({ error: e.code, message: e.message, cloudStatus: e.status }, { status: 502 });
      throw e;
    }
  },
);
