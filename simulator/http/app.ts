import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { routePath } from 'hono/route';
import { CloudError } from '../core/errors';
import type { Sim } from '../core/sim';
import { batchPowerRoutes } from '../ecs/batch-power';
import { ecsRoutes } from '../ecs/routes';
import { evsReplicationRoutes } from '../evs/replication-routes';
import { volumeRoutes } from '../evs/volume-routes';
import { faultRoutes } from '../faults/routes';
import { fixtureRoutes } from '../faults/fixture-routes';
import { authenticate } from '../iam/authenticate';
import { iamDiscoveryRoutes } from '../iam/discovery-routes';
import { iamLookupRoutes } from '../iam/lookup-routes';
import { iamRoutes } from '../iam/routes';
import { drillRoutes } from '../sdrs/routes/drills';
import { groupActionRoutes } from '../sdrs/routes/group-actions';
import { groupRoutes } from '../sdrs/routes/groups';
import { instanceOpRoutes } from '../sdrs/routes/instance-ops';
import { instanceRoutes } from '../sdrs/routes/instances';
import { miscRoutes, versionRoutes } from '../sdrs/routes/misc';
import { pairRoutes } from '../sdrs/routes/pairs';
import { tagRoutes } from '../sdrs/routes/tags';
import { imageRoutes } from '../ims/image-routes';
import { neutronRoutes } from '../vpc/neutron-routes';
import { vpcRoutes } from '../vpc/routes';
import type { SimEnv } from './env';
import { RequestStats } from './request-stats';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SimApp {
  app: Hono<SimEnv>;
  stats: RequestStats;
}

export function createApp(sim: Sim, reseed: () => void, log: (line: string) => void = () => {}): SimApp {
  const app = new Hono<SimEnv>();
  const stats = new RequestStats();

  app.onError((err, c) => {
    if (err instanceof CloudError) return c.json(err.body(), err.status as 400);
    log(`internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return c.json({ error: { code: 'SDRS.0013', message: 'Internal error' } }, 500);
  });

  app.notFound((c) =>
    c.json(
      { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published in the environment' },
      404,
    ),
  );

  // Every answer, errors included, carries a request id, as OTC's API gateway adds one.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Request-Id', randomBytes(16).toString('hex'));
  });

  // Every request sees jobs advanced to "now" and leaves its changes persisted in one transaction.
  app.use('*', async (c, next) => {
    const isControl = c.req.path.startsWith('/__sim/');
    if (!isControl) {
      const delay = sim.faults.delayFor(c.req.method, c.req.path);
      if (delay > 0) await sleep(delay);
      const rule = sim.faults.matchError(c.req.method, c.req.path);
      if (rule) {
        stats.record(c.req.method, 'injected-fault');
        return c.json(
          (rule.body ?? { error: { code: 'SDRS.0013', message: 'Internal error' } }) as object,
          rule.status as 500,
        );
      }
    }
    sim.engine.advance();
    await next();
    sim.state.flush();
    if (!isControl) stats.record(c.req.method, routePath(c));
  });

  for (const prefix of ['/v1/:project_id/*', '/v2/:project_id/*', '/v2.1/:project_id/*']) {
    app.use(prefix, authenticate(sim));
  }
  // EVS under /v3 shares the prefix with IAM's own /v3 paths: only its routes are guarded here.
  // Neutron names no project in its paths: the token or the signature's X-Project-Id says which.
  app.use('/v2.0/*', authenticate(sim));
  app.use('/image/v2/*', authenticate(sim));
  for (const path of ['/v3/:project_id/volumes', '/v3/:project_id/volumes/*', '/v3/:project_id/os-availability-zone']) {
    app.use(path, authenticate(sim));
  }

  app.route('/', faultRoutes(sim, stats, reseed));
  app.route('/', fixtureRoutes(sim));
  app.route('/', versionRoutes());
  app.route('/', iamRoutes(sim));
  app.route('/', iamDiscoveryRoutes(sim));
  app.route('/', iamLookupRoutes(sim));
  // Tag routes first: `/protected-instances/tags` must not be read as an instance id.
  app.route('/', tagRoutes(sim));
  app.route('/', groupRoutes(sim));
  app.route('/', groupActionRoutes(sim));
  app.route('/', instanceRoutes(sim));
  app.route('/', instanceOpRoutes(sim));
  app.route('/', pairRoutes(sim));
  app.route('/', drillRoutes(sim));
  app.route('/', miscRoutes(sim));
  app.route('/', ecsRoutes(sim));
  app.route('/', batchPowerRoutes(sim));
  app.route('/', volumeRoutes(sim));
  app.route('/', volumeRoutes(sim, 'v3'));
  app.route('/', evsReplicationRoutes(sim));
  app.route('/', vpcRoutes(sim));
  app.route('/', neutronRoutes(sim));
  app.route('/', imageRoutes());
  return { app, stats };
}
