import { Hono } from 'hono';
import { stableHex } from '../core/ids';
import type { DomainRec, ProjectRec, UserRec } from '../core/model';
import type { Sim } from '../core/sim';
import { iamTime } from '../core/time-format';
import { isObject } from '../core/validation';
import { readJson, type SimEnv } from '../http/env';
import { catalogFor } from './catalog';
import { issueToken } from './tokens';

/** Keystone-style error body ([inferred]: OTC documents no body for these). */
const keystoneError = (code: number, title: string, message: string) => ({ error: { code, title, message } });

const nameOrId = (v: unknown): { name?: string; id?: string } =>
  isObject(v)
    ? { name: typeof v.name === 'string' ? v.name : undefined, id: typeof v.id === 'string' ? v.id : undefined }
    : {};

function findDomain(sim: Sim, ref: { name?: string; id?: string }): DomainRec | undefined {
  return sim.state.all('domain').find((d) => d.id === ref.id || d.name === ref.name);
}

export function iamRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();

  r.post('/v3/auth/tokens', async (c) => {
    const body = await readJson(c).catch(() => null);
    const auth = isObject(body) && isObject(body.auth) ? body.auth : null;
    const identity = auth && isObject(auth.identity) ? auth.identity : null;
    const methods = identity?.methods;
    const password = identity && isObject(identity.password) ? identity.password : null;
    const userRef = password && isObject(password.user) ? password.user : null;
    if (!auth || !Array.isArray(methods) || !methods.includes('password') || !userRef) {
      return c.json(
        keystoneError(400, 'Bad Request', 'The request body is not a password authentication request.'),
        400,
      );
    }
    const domain = findDomain(sim, nameOrId(userRef.domain));
    const user: UserRec | undefined = sim.state
      .all('user')
      .find(
        (u) =>
          (u.id === userRef.id || (u.name === userRef.name && u.domain_id === domain?.id)) &&
          u.password === userRef.password,
      );
    if (!user) {
      return c.json(keystoneError(401, 'Unauthorized', 'The username or password is wrong.'), 401);
    }
    const scope = isObject(auth.scope) ? auth.scope : {};
    const projectRef = nameOrId(scope.project);
    const project: ProjectRec | undefined = sim.state
      .all('project')
      .find((p) => p.domain_id === user.domain_id && (p.id === projectRef.id || p.name === projectRef.name));
    if (!project) {
      return c.json(
        keystoneError(401, 'Unauthorized', 'The project does not exist or the user has no access to it.'),
        401,
      );
    }
    const token = issueToken(sim, user, project);
    const userDomain = sim.state.get('domain', user.domain_id);
    const domainView = { id: user.domain_id, name: userDomain?.name ?? '' };
    const withCatalog = c.req.query('nocatalog') === undefined;
    c.header('X-Subject-Token', token.id);
    return c.json(
      {
        token: {
          methods: ['password'],
          expires_at: iamTime(token.expires_at),
          issued_at: iamTime(token.issued_at),
          user: { id: user.id, name: user.name, domain: domainView, password_expires_at: '' },
          project: { id: project.id, name: project.name, domain: domainView },
          roles: user.roles.map((name) => ({ id: stableHex(`role:${name}`), name })),
          ...(withCatalog ? { catalog: catalogFor(new URL(c.req.url).origin, project.id) } : {}),
        },
      },
      201,
    );
  });

  return r;
}
