import { Hono } from 'hono';
import type { Sim } from '../core/sim';
import { isObject } from '../core/validation';
import type { SimEnv } from '../http/env';
import { expireAllTokens } from '../iam/tokens';
import type { RequestStats } from '../http/request-stats';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

const bad = (message: string) => ({ error: { code: 'SIM.0400', message } });

/**
 * Test and demo controls under `/__sim/`. Answered only to loopback clients (requests made
 * in-process by unit tests have no socket and are allowed).
 */
export function faultRoutes(sim: Sim, stats: RequestStats, reseed: () => void): Hono<SimEnv> {
  const r = new Hono<SimEnv>();

  r.use('/__sim/*', async (c, next) => {
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const address = env?.incoming?.socket?.remoteAddress;
    if (address !== undefined && !LOOPBACK.test(address)) return c.json(bad('loopback only'), 403);
    await next();
  });

  r.get('/__sim/health', (c) =>
    c.json({
      ok: true,
      time_scale: sim.settings.timeScale,
      seed_scale: sim.settings.seedScale,
      running_jobs: sim.state.where('job', (j) => j.status === 'INIT' || j.status === 'RUNNING').length,
    }),
  );

  r.get('/__sim/faults', (c) =>
    c.json({
      latency_ms: sim.faults.latencyMs,
      latency_match: sim.faults.latencyMatch,
      errors: sim.faults.errorRules,
      fail_next_jobs: sim.faults.failNext,
    }),
  );

  r.delete('/__sim/faults', (c) => {
    sim.faults.clear();
    return c.body(null, 204);
  });

  r.put('/__sim/faults/latency', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const ms = isObject(body) ? body.ms : undefined;
    if (typeof ms !== 'number' || ms < 0 || ms > 600_000)
      return c.json(bad('ms must be a number from 0 to 600000'), 400);
    const match = isObject(body) ? body.match : undefined;
    if (match !== undefined && typeof match !== 'string') return c.json(bad('match must be a string'), 400);
    sim.faults.latencyMs = ms;
    sim.faults.latencyMatch = match ?? null;
    return c.body(null, 204);
  });

  r.post('/__sim/faults/errors', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    if (!isObject(body) || typeof body.match !== 'string') return c.json(bad('match (string) is required'), 400);
    const rate = body.rate ?? 1;
    const status = body.status ?? 500;
    const count = body.count;
    if (typeof rate !== 'number' || rate < 0 || rate > 1) return c.json(bad('rate must be from 0 to 1'), 400);
    if (typeof status !== 'number' || status < 400 || status > 599)
      return c.json(bad('status must be 4xx or 5xx'), 400);
    if (count !== undefined && (typeof count !== 'number' || count < 1))
      return c.json(bad('count must be at least 1'), 400);
    sim.faults.errorRules.push({ match: body.match, rate, status, body: body.body, remaining: count });
    return c.body(null, 204);
  });

  // A flavor sold out (or on sale again) in one AZ: what the ECS flavor list and SDRS then say.
  r.put('/__sim/flavors/:id/sold-out', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    if (!isObject(body) || typeof body.az !== 'string' || typeof body.sold_out !== 'boolean')
      return c.json(bad('az (string) and sold_out (boolean) are required'), 400);
    const key = `${c.req.param('id')}@${body.az}`;
    if (body.sold_out) sim.faults.soldOut.add(key);
    else sim.faults.soldOut.delete(key);
    return c.body(null, 204);
  });

  r.post('/__sim/faults/fail-next-job', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    if (!isObject(body) || typeof body.job_type !== 'string' || typeof body.error_code !== 'string') {
      return c.json(bad('job_type and error_code are required'), 400);
    }
    const reason = typeof body.fail_reason === 'string' ? body.fail_reason : `Injected failure ${body.error_code}`;
    if (body.sub_job_type !== undefined && typeof body.sub_job_type !== 'string')
      return c.json(bad('sub_job_type must be a string'), 400);
    sim.faults.failNext.push({
      job_type: body.job_type,
      code: body.error_code,
      reason,
      sub_job_type: body.sub_job_type,
    });
    return c.body(null, 204);
  });

  r.post('/__sim/tokens/expire', (c) => c.json({ expired: expireAllTokens(sim) }));

  // Lets leak tests look for real token values in what a browser receives.
  // `?all=1` adds expired tokens: a leak check must look for every token ever issued.
  r.get('/__sim/tokens', (c) =>
    c.json({
      tokens: sim.state
        .where('token', (t) => c.req.query('all') === '1' || t.expires_at > sim.clock.now())
        .map((t) => t.id),
    }),
  );

  r.put('/__sim/time-scale', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const scale = isObject(body) ? body.scale : undefined;
    if (typeof scale !== 'number' || scale <= 0 || scale > 100)
      return c.json(bad('scale must be above 0 and at most 100'), 400);
    sim.settings.timeScale = scale;
    return c.body(null, 204);
  });

  r.get('/__sim/stats', (c) => c.json({ since: stats.since, requests: stats.snapshot() }));
  r.delete('/__sim/stats', (c) => {
    stats.reset();
    return c.body(null, 204);
  });

  r.post('/__sim/reset', (c) => {
    reseed();
    return c.body(null, 204);
  });

  return r;
}
