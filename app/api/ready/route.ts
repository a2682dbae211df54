import { checkReadiness } from '@/lib/health';

export const dynamic = 'force-dynamic';

/**
 * For the load balancer's choice of instance, so it needs no session: 200 while this instance
 * takes users (its store answers and it is not shutting down), 503 otherwise. Unlike
 * `/api/health`, a draining instance is healthy but not ready.
 */
export const GET = async (): Promise<Response> => {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.status === 'ready' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
};
