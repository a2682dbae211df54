import { Hono } from 'hono';
import { CloudError, sdrsError } from '../../core/errors';
import type { Sim } from '../../core/sim';
import { projectOf, type SimContext, type SimEnv } from '../../http/env';
import { ACTIVE_DOMAIN } from '../domains';
import { paginate, parsePage } from '../listing';
import { failureJobView, jobView } from '../views';
import { quotaView } from './quotas';

const VERSION = {
  id: 'v1',
  status: 'CURRENT',
  updated: '2018-05-30T15:00:00Z',
  version: '',
  min_version: '',
};

/** Versions (no auth, like the real endpoint). */
export function versionRoutes(): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const links = (origin: string) => [{ href: `${origin}/v1/`, rel: 'self' }];
  r.get('/', (c) => c.json({ versions: [{ ...VERSION, links: links(new URL(c.req.url).origin) }] }));
  r.get('/v1', (c) => c.json({ version: { ...VERSION, links: links(new URL(c.req.url).origin) } }));
  return r;
}

export function miscRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id';

  r.get(`${base}/active-domains`, (c) =>
    c.json({
      domains: [
        {
          id: ACTIVE_DOMAIN.id,
          name: ACTIVE_DOMAIN.name,
          description: ACTIVE_DOMAIN.description,
          sold_out: false,
          local_replication_cluster: { availability_zone: ACTIVE_DOMAIN.local_az },
          remote_replication_cluster: { availability_zone: ACTIVE_DOMAIN.remote_az },
        },
      ],
    }),
  );

  r.get(`${base}/sdrs/quotas`, (c) => c.json(quotaView(sim, projectOf(c))));

  r.get(`${base}/jobs/:job_id`, (c) => {
    const job = sim.state.get('job', c.req.param('job_id'));
    if (!job || job.hidden || job.project_id !== projectOf(c)) {
      // [inferred] The docs do not say how an unknown job id is answered.
      throw new CloudError(404, 'SDRS.0408', 'Null job', 'itemNotFound');
    }
    return c.json(jobView(job));
  });

  /** Without server_group_id only group-level failures are listed (reference §2.2 F1). */
  const failures = (c: SimContext) => {
    const {
      server_group_id: groupId,
      failure_status: status,
      resource_type: type,
      resource_name: name,
    } = c.req.query();
    return sim.state
      .where('failure_job', (f) => f.project_id === projectOf(c))
      .filter((f) => (groupId ? f.server_group_id === groupId : f.server_group_id === null))
      .filter((f) => !status || f.failure_status === status)
      .filter((f) => !type || f.resource_type === type)
      .filter((f) => !name || f.resource_name.includes(name))
      .sort((a, b) => b.begin_time - a.begin_time);
  };

  r.get(`${base}/task-center/failure-jobs`, (c) => {
    const page = parsePage((n) => c.req.query(n));
    const matches = failures(c);
    return c.json({ failure_jobs: paginate(matches, page).map(failureJobView), count: matches.length });
  });

  const removeWhere = (c: SimContext, groupId: string | null) => {
    for (const f of sim.state.where(
      'failure_job',
      (x) => x.project_id === projectOf(c) && x.server_group_id === groupId,
    )) {
      sim.state.remove('failure_job', f.id);
    }
    return c.body(null, 204);
  };

  r.delete(`${base}/task-center/failure-jobs/batch`, (c) => removeWhere(c, null));
  r.delete(`${base}/task-center/:group_id/failure-jobs/batch`, (c) => removeWhere(c, c.req.param('group_id')));

  r.delete(`${base}/task-center/failure-jobs/:id`, (c) => {
    const f = sim.state.get('failure_job', c.req.param('id'));
    if (!f || f.project_id !== projectOf(c)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    sim.state.remove('failure_job', f.id);
    return c.body(null, 204);
  });

  return r;
}
