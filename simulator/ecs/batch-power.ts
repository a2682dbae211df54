import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import type { ServerRec } from '../core/model';
import type { Sim } from '../core/sim';
import { isObject } from '../core/validation';
import type { JobContext, JobDefinition } from '../jobs/engine';
import { projectOf, readJson, type SimEnv } from '../http/env';

/**
 * ECS batch start and stop (ECS API "Starting ECSs in a Batch", "Stopping ECSs in a Batch",
 * reference §5.5): `POST /v1/{project_id}/cloudservers/action` with `os-start` or `os-stop` and a
 * `servers` list, answered with a `job_id` that `GET /v1/{project_id}/jobs/{job_id}` follows, with
 * one sub-job per server.
 * [inferred] The job types (`batchStartServers`, `batchStopServers`, per server `startServer`,
 * `stopServer`) are not in the sources; a server already in the asked state is left as it is.
 */
const ACTIONS = {
  'os-start': { job: 'batchStartServers', step: 'startServer', target: 'ACTIVE' },
  'os-stop': { job: 'batchStopServers', step: 'stopServer', target: 'SHUTOFF' },
} as const;

// [inferred] ECS error bodies: {"error": {"code": "Ecs.xxxx", "message"}}, as the other ECS routes.
const ecsError = (status: number, code: string, message: string) => new CloudError(status, code, message);
const MAX_SERVERS = 1000;

const serversOf = (ctx: JobContext): ServerRec[] =>
  (Array.isArray(ctx.job.ctx.server_ids) ? ctx.job.ctx.server_ids : [])
    .map((id) => ctx.state.get('server', String(id)))
    .filter((s): s is ServerRec => Boolean(s));

const batchJob = (type: string, target: ServerRec['status']): JobDefinition => ({
  type,
  phases: () => [{ name: 'power', seconds: 4 }],
  onSuccess: (ctx) => {
    for (const server of serversOf(ctx)) {
      server.status = target;
      delete server.power_target;
      server.updated_at = ctx.now;
      ctx.state.put('server', server);
    }
  },
  onFailure: (ctx) => {
    for (const server of serversOf(ctx)) {
      delete server.power_target;
      ctx.state.put('server', server);
    }
  },
});

export const batchPowerJobs = Object.values(ACTIONS).map((a) => batchJob(a.job, a.target));

export function batchPowerRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  r.post('/v1/:project_id/cloudservers/action', async (c) => {
    const body = await readJson(c);
    const key = isObject(body) ? Object.keys(body)[0] : undefined;
    if ((key !== 'os-start' && key !== 'os-stop') || !isObject(body)) {
      throw ecsError(400, 'Ecs.0005', 'Invalid action: only os-start and os-stop are supported.');
    }
    const action = ACTIONS[key];
    const spec = body[key];
    const list = isObject(spec) && Array.isArray(spec.servers) ? spec.servers : null;
    if (!list || list.length === 0 || list.length > MAX_SERVERS)
      throw ecsError(400, 'Ecs.0005', `servers must list 1 to ${MAX_SERVERS} servers.`);
    if (key === 'os-stop' && isObject(spec) && spec.type !== undefined && spec.type !== 'SOFT' && spec.type !== 'HARD')
      throw ecsError(400, 'Ecs.0005', 'type must be SOFT or HARD.');
    const projectId = projectOf(c);
    const servers = list.map((item) => {
      const id = isObject(item) && typeof item.id === 'string' ? item.id : '';
      const server = sim.state.get('server', id);
      if (!server || server.project_id !== projectId)
        throw ecsError(404, 'Ecs.0114', `Instance[${id}] could not be found.`);
      return server;
    });
    const busy = servers.find((s) => s.power_target && s.power_target !== action.target);
    if (busy) throw ecsError(409, 'Ecs.0610', `Instance[${busy.id}] is changing its power state; try again later.`);
    const moving = servers.filter((s) => s.status !== action.target);
    for (const server of moving) {
      server.power_target = action.target;
      sim.state.put('server', server);
    }
    const job = sim.engine.start({
      type: action.job,
      project_id: projectId,
      ctx: { server_ids: moving.map((s) => s.id) },
      sub_jobs: servers.map((s) => ({ job_type: action.step, phase: 0, entities: { server_id: s.id } })),
    });
    return c.json({ job_id: job.id });
  });
  return r;
}
