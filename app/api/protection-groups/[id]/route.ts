import { guardRoute } from '@/lib/auth/route-guard';
import { isNotFound, OtcError } from '@/lib/otc/errors';
import { getProtectionGroup } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

/**
 * One protection group as the cloud reports it, for scripts that watch a group with the console's
 * session (the cloud credentials stay on the server). A cloud failure answers 502 with its code.
 */
export const GET = guardRoute(
  'readProtectionGroup',
  'read',
  async (_request, context: RouteContext<'/api/protection-groups/[id]'>, session) => {
    const { id } = await context.params;
    try {
      const group = await getProtectionGroup(cloudFor(session), id);
      return Response.json({ server_group: group }, { headers: { 'cache-control': 'no-store' } });
    } catch (e) {
      if (isNotFound(e)) {
        return Response.json({ error: 'not-found', message: 'No such protection group.' }, { status: 404 });
      }
      if (e instanceof OtcError && e.status === 401) {
        return Response.json(
          { error: 'unauthenticated', message: 'The cloud no longer accepts this sign-in. Sign in again.' },
          { status: 401 },
        );
      }
      if (e instanceof OtcError) {
        return Response.json({ error: e.code, message: e.message, cloudStatus: e.status }, { status: 502 });
      }
      throw e;
    }
  },
);
