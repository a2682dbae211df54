import type { Context, MiddlewareHandler } from 'hono';
import { CloudError } from '../core/errors';
import type { ProjectRec, UserRec } from '../core/model';
import type { Sim } from '../core/sim';
import { parseSdkDate } from '../core/time-format';
import type { SimEnv } from '../http/env';
import { parseAuthorization, signature, signaturesMatch } from './signer';

const SKEW_MS = 15 * 60 * 1000; // [inferred] gateway clock-skew window

// Gateway-style errors in the flat IAM shape ([inferred]: codes and texts are not documented).
const unauthorized = (message: string) => new CloudError(401, 'APIGW.0301', message, 'flat');
const forbidden = (message: string) => new CloudError(403, 'APIGW.0302', message, 'flat');

const READ_ONLY_ROLES = new Set(['readonly_admin']);

interface Caller {
  user: UserRec;
  /** The token's project, or the X-Project-Id of a signed request (absent for global calls). */
  project?: ProjectRec;
}

async function verifySignature(sim: Sim, c: Context, authorization: string): Promise<Caller> {
  const parsed = parseAuthorization(authorization);
  if (!parsed) throw unauthorized('Incorrect IAM authentication information: unsupported authorization header.');
  const user = sim.state.all('user').find((u) => u.access_key === parsed.accessKey);
  if (!user?.secret_key) throw unauthorized('Incorrect IAM authentication information: unknown access key.');
  const signedAt = parseSdkDate(c.req.header('x-sdk-date') ?? '');
  if (signedAt === null || Math.abs(sim.clock.now() - signedAt) > SKEW_MS) {
    throw unauthorized('Incorrect IAM authentication information: X-Sdk-Date is missing or outside 15 minutes.');
  }
  if (!parsed.signedHeaders.includes('x-sdk-date')) {
    throw unauthorized('Incorrect IAM authentication information: x-sdk-date must be signed.');
  }
  const headers: Record<string, string> = {};
  c.req.raw.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
  const body = Buffer.from(await c.req.arrayBuffer());
  const expected = signature(
    { method: c.req.method, url: new URL(c.req.url), headers, body },
    parsed.signedHeaders,
    user.secret_key,
  );
  if (!signaturesMatch(expected, parsed.signature)) {
    throw unauthorized('Incorrect IAM authentication information: verify aksk signature fail.');
  }
  const projectId = c.req.header('x-project-id');
  const project = projectId ? sim.state.get('project', projectId) : undefined;
  if (projectId && (!project || project.domain_id !== user.domain_id)) {
    throw unauthorized('Incorrect IAM authentication information: X-Project-Id is unknown.');
  }
  return { user, project };
}

/** Identifies the caller by token (`X-Auth-Token`) or AK/SK signature. */
export async function identifyCaller(sim: Sim, c: Context): Promise<Caller> {
  const token = c.req.header('x-auth-token');
  if (token) {
    const rec = sim.state.get('token', token);
    if (!rec || rec.expires_at <= sim.clock.now()) throw unauthorized('The token must be updated.');
    const user = sim.state.get('user', rec.user_id);
    const project = sim.state.get('project', rec.project_id);
    if (!user || !project) throw unauthorized('The token must be updated.');
    return { user, project };
  }
  const authorization = c.req.header('authorization');
  if (authorization) return verifySignature(sim, c, authorization);
  throw unauthorized('Incorrect IAM authentication information: x-auth-token not found.');
}

/**
 * Project-level services: the caller must be scoped to the project in the path, and read-only
 * roles may not write.
 */
export function authenticate(sim: Sim): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const { user, project } = await identifyCaller(sim, c);
    if (!project) throw unauthorized('Incorrect IAM authentication information: X-Project-Id is missing.');
    const pathProject = c.req.param('project_id');
    if (pathProject && pathProject !== project.id) {
      throw forbidden('The token is not valid for the project in the request path.');
    }
    const isWrite = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (isWrite && user.roles.every((r) => READ_ONLY_ROLES.has(r))) {
      throw forbidden('The IAM or ACL policy does not allow the request.');
    }
    c.set('auth', { user, project, method: c.req.header('x-auth-token') ? 'token' : 'aksk' });
    await next();
  };
}
