import type { JobDefinition } from '../jobs/engine';

/** os-start / os-stop: the power state changes a few seconds after the 202. */
export const serverPowerJob: JobDefinition = {
  type: 'ecs:power',
  hidden: true,
  phases: () => [{ name: 'power', seconds: 3 }],
  onSuccess: (ctx) => {
    const server = ctx.state.get('server', String(ctx.job.ctx.server_id));
    if (!server || !server.power_target) return;
    server.status = server.power_target;
    delete server.power_target;
    server.updated_at = ctx.now;
    ctx.state.put('server', server);
  },
  onFailure: (ctx) => {
    const server = ctx.state.get('server', String(ctx.job.ctx.server_id));
    if (!server) return;
    delete server.power_target;
    ctx.state.put('server', server);
  },
};
