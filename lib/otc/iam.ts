import 'server-only';
import { z } from 'zod';
import { errorFromBody, OtcError } from './errors';
import { sdkDate, signRequest } from './signer';

export interface PasswordLogin {
  domain: string;
  user: string;
  password: string;
  /** A project name (e.g. `eu-de`) or a 32-character project id. */
  project: string;
}

export interface AkSkLogin {
  accessKey: string;
  secretKey: string;
  projectId: string;
}

export interface Identity {
  userId: string;
  userName: string;
  domainName: string;
  projectId: string;
  projectName: string;
  roles: string[];
}

export interface IssuedToken extends Identity {
  token: string;
  expiresAt: number;
  /** Catalog type → public URL. */
  catalog: Record<string, string>;
}

const tokenSchema = z.looseObject({
  token: z.looseObject({
    expires_at: z.string(),
    user: z.looseObject({ id: z.string(), name: z.string(), domain: z.looseObject({ name: z.string() }) }),
    project: z.looseObject({ id: z.string(), name: z.string() }),
    roles: z.array(z.looseObject({ name: z.string() })).catch([]),
    catalog: z
      .array(
        z.looseObject({
          type: z.string(),
          endpoints: z.array(z.looseObject({ interface: z.string().optional(), url: z.string() })),
        }),
      )
      .catch([]),
  }),
});

const PROJECT_ID = /^[0-9a-f]{32}$/;

async function call(url: string, init: RequestInit, timeoutMs: number, fetchImpl: typeof fetch): Promise<Response> {
  try {
    return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    // Where the console looks for IAM is for the server's log, not for the person signing in.
    console.error(`[iam] ${new URL(url).host}: ${timedOut ? 'no answer in time' : (e as Error).message}`);
    throw timedOut
      ? new OtcError('timeout', 0, 'NET.TIMEOUT', `IAM did not answer within ${timeoutMs / 1000} s.`)
      : new OtcError('network', 0, 'NET.UNREACHABLE', 'IAM could not be reached.');
  }
}

async function json(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Password authentication, project scope (IAM §4.1): the token arrives in `X-Subject-Token`. */
export async function issuePasswordToken(
  iamUrl: string,
  login: PasswordLogin,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<IssuedToken> {
  const scope = PROJECT_ID.test(login.project) ? { id: login.project } : { name: login.project };
  const res = await call(
    `${iamUrl.replace(/\/$/, '')}/auth/tokens`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json;charset=utf8' },
      body: JSON.stringify({
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: login.user, password: login.password, domain: { name: login.domain } } },
          },
          scope: { project: scope },
        },
      }),
    },
    timeoutMs,
    fetchImpl,
  );
  const body = await json(res);
  if (res.status !== 201 && res.status !== 200) throw errorFromBody(res.status, body);
  const token = res.headers.get('x-subject-token');
  const parsed = tokenSchema.safeParse(body);
  if (!token || !parsed.success) {
    throw new OtcError('invalid-response', res.status, 'IAM.BAD_TOKEN', 'IAM answered without a usable token.');
  }
  const t = parsed.data.token;
  const catalog: Record<string, string> = {};
  for (const entry of t.catalog) {
    const endpoint = entry.endpoints.find((e) => (e.interface ?? 'public') === 'public');
    if (endpoint) catalog[entry.type] = endpoint.url;
  }
  return {
    token,
    expiresAt: Date.parse(t.expires_at),
    userId: t.user.id,
    userName: t.user.name,
    domainName: t.user.domain.name,
    projectId: t.project.id,
    projectName: t.project.name,
    roles: t.roles.map((r) => r.name),
    catalog,
  };
}

/** A signed GET to IAM (a global service: no X-Project-Id). */
async function signedGet(iamUrl: string, path: string, login: AkSkLogin, timeoutMs: number, fetchImpl: typeof fetch) {
  const url = new URL(`${iamUrl.replace(/\/v3$/, '').replace(/\/$/, '')}${path}`);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    host: url.host,
    'x-sdk-date': sdkDate(new Date()),
  };
  const authorization = signRequest({ method: 'GET', url, headers, body: '' }, login.accessKey, login.secretKey);
  const res = await call(
    url.toString(),
    { method: 'GET', headers: { ...headers, authorization } },
    timeoutMs,
    fetchImpl,
  );
  const body = await json(res);
  if (!res.ok) throw errorFromBody(res.status, body);
  return body;
}

const credentialSchema = z.looseObject({
  credential: z.looseObject({ user_id: z.string(), status: z.string().optional() }),
});
const userSchema = z.looseObject({ user: z.looseObject({ id: z.string(), name: z.string(), domain_id: z.string() }) });
const projectSchema = z.looseObject({ project: z.looseObject({ id: z.string(), name: z.string() }) });
const rolesSchema = z.looseObject({ roles: z.array(z.looseObject({ name: z.string() })) });
const domainSchema = z.looseObject({ domain: z.looseObject({ name: z.string() }) });

/**
 * AK/SK carries no token and so no roles: the identity comes from IAM's credential, user and
 * role-assignment look-ups, each signed with the keys (which also proves them).
 */
export async function identifyAccessKey(
  iamUrl: string,
  login: AkSkLogin,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Identity> {
  const get = (path: string) => signedGet(iamUrl, path, login, timeoutMs, fetchImpl);
  const parse = <T extends z.ZodType>(schema: T, body: unknown): z.infer<T> => {
    const r = schema.safeParse(body);
    if (!r.success) throw new OtcError('invalid-response', 200, 'IAM.BAD_RESPONSE', 'IAM sent an unexpected answer.');
    return r.data;
  };
  const credential = parse(
    credentialSchema,
    await get(`/v3.0/OS-CREDENTIAL/credentials/${encodeURIComponent(login.accessKey)}`),
  );
  const user = parse(userSchema, await get(`/v3/users/${encodeURIComponent(credential.credential.user_id)}`)).user;
  const project = parse(projectSchema, await get(`/v3/projects/${encodeURIComponent(login.projectId)}`)).project;
  const roles = parse(rolesSchema, await get(`/v3/projects/${project.id}/users/${user.id}/roles`)).roles;
  const domain = parse(domainSchema, await get(`/v3/domains/${encodeURIComponent(user.domain_id)}`)).domain;
  return {
    userId: user.id,
    userName: user.name,
    domainName: domain.name,
    projectId: project.id,
    projectName: project.name,
    roles: roles.map((r) => r.name),
  };
}
