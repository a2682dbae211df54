import { guardRoute } from '@/lib/auth/route-guard';
import { groupReadFailure } from '@/lib/api/group-read-failure';
import { getProtectionGroup } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

/**
 * One protection group as the cloud reports it, for scripts that watch a group with the console's
 * session (the cloud credentials stay on the server). A failed read answers 404, 401 or 502 with the
 * cloud's code.
 */
export const GET = guardRoute(
  'readProtectionGroup',
  'read',
  async (_request, context: RouteContext<'/api/protection-groups/[id]'>, session) => {
    const { id } = await context.params;
    try {
      const group = await getProtectionGroup(await cloudFor(session), id);
      return Response.json({ server_group: group }, { headers: { 'cache-control': 'no-store' } });
    } catch (e) {
      return groupReadFailure(e);
    }
  },
);
