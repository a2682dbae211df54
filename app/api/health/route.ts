import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitoring, so it needs no session and says nothing about any user or
 * project: 200 while the store answers (503 when it does not), and whether the cloud answers.
 * An unreachable cloud does not make the instance unhealthy: every instance would see the same.
 */
export const GET = async (): Promise<Response> => {
  const health = await checkHealth();
  return Response.json(
    { status: health.store === 'ok' ? 'ok' : 'failing', ...health },
    { status: health.store === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
};
