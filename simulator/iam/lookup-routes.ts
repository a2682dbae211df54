import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import { stableHex } from '../core/ids';
import type { Sim } from '../core/sim';
import { iamTime } from '../core/time-format';
import type { SimEnv } from '../http/env';
import { identifyCaller } from './authenticate';

// [inferred] IAM look-ups the reference does not cover; callers may only look themselves up.
const notFound = (what: string) => new CloudError(404, 'IAM.0004', `The ${what} does not exist.`, 'flat');
const forbidden = () => new CloudError(403, 'IAM.0003', 'Only your own identity can be read.', 'flat');

/**
 * The identity behind an access key, for callers that sign requests instead of holding a token:
 * credential → user → project → role assignments → domain.
 */
export function iamLookupRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();

  r.get('/v3.0/OS-CREDENTIAL/credentials/:access_key', async (c) => {
    const { user } = await identifyCaller(sim, c);
    const owner = sim.state.all('user').find((u) => u.access_key === c.req.param('access_key'));
    if (!owner) throw notFound('credential');
    if (owner.id !== user.id) throw forbidden();
    return c.json({
      credential: {
        user_id: owner.id,
        access: owner.access_key,
        status: 'active',
        description: '',
        create_time: iamTime(Date.UTC(2026, 0, 1)),
      },
    });
  });

  r.get('/v3/users/:user_id', async (c) => {
    const { user } = await identifyCaller(sim, c);
    if (c.req.param('user_id') !== user.id) throw forbidden();
    return c.json({ user: { id: user.id, name: user.name, domain_id: user.domain_id, enabled: true } });
  });

  r.get('/v3/domains/:domain_id', async (c) => {
    const { user } = await identifyCaller(sim, c);
    const domain = sim.state.get('domain', c.req.param('domain_id'));
    if (!domain) throw notFound('domain');
    if (domain.id !== user.domain_id) throw forbidden();
    return c.json({ domain: { id: domain.id, name: domain.name, enabled: true } });
  });

  r.get('/v3/projects/:project_id', async (c) => {
    const { user } = await identifyCaller(sim, c);
    const project = sim.state.get('project', c.req.param('project_id'));
    if (!project || project.domain_id !== user.domain_id) throw notFound('project');
    return c.json({ project: { id: project.id, name: project.name, domain_id: project.domain_id, enabled: true } });
  });

  r.get('/v3/projects/:project_id/users/:user_id/roles', async (c) => {
    const { user } = await identifyCaller(sim, c);
    const project = sim.state.get('project', c.req.param('project_id'));
    if (!project || project.domain_id !== user.domain_id) throw notFound('project');
    if (c.req.param('user_id') !== user.id) throw forbidden();
    return c.json({ roles: user.roles.map((name) => ({ id: stableHex(`role:${name}`), name })) });
  });

  return r;
}
