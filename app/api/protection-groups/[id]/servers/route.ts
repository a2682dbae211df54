import { guardRoute } from '@/lib/auth/route-guard';
import { loadGroupContext } from '@/lib/dr/group-context';
import { groupReadFailure } from '@/lib/api/group-read-failure';
import { cloudFor } from '@/lib/otc/session-cloud';

/**
 * The servers of a group's protected instances with their power state, for the dialogs and the
 * power panel that follow them live. A cloud failure is answered as the group's own route answers it.
 */
export const GET = guardRoute(
  'readGroupServers',
  'read',
  async (_request, context: RouteContext<'/api/protection-groups/[id]/servers'>, session) => {
    const { id } = await context.params;
    try {
      const { servers } = await loadGroupContext(await cloudFor(session), id);
      return Response.json({ servers });
    } catch (e) {
      return groupReadFailure(e);
    }
  },
);
