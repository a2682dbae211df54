import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { config } from '../config';
import type { Credentials } from '../otc/cloud';
import type { Endpoints } from '../otc/endpoints';
import type { Identity } from '../otc/iam';
import { TERMINAL_STATUSES } from '../jobs/job-status';
import { currentConnection } from '../net/connection';
import type { ExpressionBuilder } from 'kysely';
import { db, type Store } from '../store/db';
import type { SessionRow, StoreTables } from '../store/tables';
import { roleFromCloudRoles, type Role } from './roles';
import { SecretBox } from './secret-box';
import { SESSION_COOKIE } from './session-cookie';
import { ABSOLUTE_LIFETIME_MS, sessionEnded } from './session-rules';

const TOUCH_EVERY_MS = 60_000;

export type CloudCredentials = Credentials;

export interface Session {
  idHash: string;
  userName: string;
  domainName: string;
  projectId: string;
  projectName: string;
  role: Role;
  cloudRoles: string[];
  authMethod: 'password' | 'aksk';
  endpoints: Endpoints;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
const box = () => new SecretBox(config().SESSION_SECRET);

/**
 * Starts a session: a fresh random id every sign-in, so an id seen before sign-in is worthless, and
 * the session this browser held before ends. The cookie is Secure whenever the user reached the
 * console over https (its public URL, or a trusted proxy's word), whatever the Host header says.
 */
export async function createSession(
  identity: Identity,
  credentials: CloudCredentials,
  endpoints: Endpoints,
  token: { token: string; expiresAt: number } | null,
): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await endSession(hashId(previous));
  const id = randomBytes(32).toString('base64url');
  const now = Date.now();
  const secrets = box();
  const store = await db();
  await store
    .insertInto('sessions')
    .values({
      idHash: hashId(id),
      userId: identity.userId,
      userName: identity.userName,
      domainName: identity.domainName,
      projectId: identity.projectId,
      projectName: identity.projectName,
      role: roleFromCloudRoles(identity.roles),
      roles: JSON.stringify(identity.roles),
      authMethod: credentials.method,
      sealedCredentials: secrets.seal(JSON.stringify(credentials)),
      sealedToken: token ? secrets.seal(token.token) : null,
      tokenExpiresAt: token?.expiresAt ?? null,
      endpoints: JSON.stringify(endpoints),
      createdAt: now,
      lastSeenAt: now,
    })
    .execute();
  const { scheme } = await currentConnection();
  jar.set(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: scheme === 'https',
    path: '/',
    maxAge: ABSOLUTE_LIFETIME_MS / 1000,
  });
}

const toSession = (row: SessionRow): Session => ({
  idHash: row.idHash,
  userName: row.userName,
  domainName: row.domainName,
  projectId: row.projectId,
  projectName: row.projectName,
  role: row.role as Role,
  cloudRoles: JSON.parse(row.roles) as string[],
  authMethod: row.authMethod as Session['authMethod'],
  endpoints: JSON.parse(row.endpoints) as Endpoints,
});

const sessionRow = async (idHash: string): Promise<SessionRow | undefined> =>
  (await db()).selectFrom('sessions').selectAll().where('idHash', '=', idHash).executeTakeFirst();

/** A session by its stored hash if it is still alive (the job poller acts with it). */
export async function liveSessionByHash(idHash: string): Promise<Session | null> {
  const row = await sessionRow(idHash);
  if (!row || sessionEnded(row, Date.now(), config().SESSION_IDLE_MINUTES * 60_000)) return null;
  return toSession(row);
}

/**
 * The session a recovery plan run acts as when no one watches it: the one that started it, even
 * idle or signed out (a failover at night must not stall when a laptop sleeps), but never past its
 * absolute lifetime. Only the run's poller asks for it; the browser gets nothing from it.
 */
export async function planRunStarterByHash(idHash: string, now = Date.now()): Promise<Session | null> {
  const row = await sessionRow(idHash);
  if (!row || now - row.createdAt > ABSOLUTE_LIFETIME_MS) return null;
  return toSession(row);
}

/** The recovery plan runs a session (in the outer query) started that are still going, acting with its credentials. */
const runningPlanRunsOf = (eb: ExpressionBuilder<StoreTables, 'sessions'>) =>
  eb
    .selectFrom('jobs')
    .select('jobs.id')
    .whereRef('jobs.starterSession', '=', 'sessions.idHash')
    .where('jobs.kind', '=', 'plan-run')
    .where('jobs.status', 'not in', [...TERMINAL_STATUSES]);

/** Whether the session started a recovery plan run that is still going. */
const startedRunningPlan = async (store: Store, idHash: string): Promise<boolean> =>
  (await store
    .selectFrom('sessions')
    .select('idHash')
    .where('idHash', '=', idHash)
    .where((eb) => eb.exists(runningPlanRunsOf(eb)))
    .executeTakeFirst()) !== undefined;

/** The signed-in session, or null (no cookie, unknown id, idle or too old). Cached per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const id = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!id) return null;
  const idHash = hashId(id);
  const row = await sessionRow(idHash);
  if (!row) return null;
  const now = Date.now();
  if (sessionEnded(row, now, config().SESSION_IDLE_MINUTES * 60_000)) {
    await endSession(idHash);
    return null;
  }
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) {
    await (await db()).updateTable('sessions').set({ lastSeenAt: now }).where('idHash', '=', idHash).execute();
  }
  return toSession(row);
});

/** The session's sealed secrets, opened only where a cloud call needs them. */
export async function sessionSecrets(idHash: string): Promise<{
  credentials: CloudCredentials;
  token: { token: string; expiresAt: number } | null;
}> {
  const row = await sessionRow(idHash);
  if (!row) throw new Error('session vanished');
  const secrets = box();
  return {
    credentials: JSON.parse(secrets.open(row.sealedCredentials)) as CloudCredentials,
    token:
      row.sealedToken && row.tokenExpiresAt
        ? { token: secrets.open(row.sealedToken), expiresAt: row.tokenExpiresAt }
        : null,
  };
}

export async function storeRefreshedToken(idHash: string, token: { token: string; expiresAt: number }): Promise<void> {
  const store = await db();
  await store
    .updateTable('sessions')
    .set({ sealedToken: box().seal(token.token), tokenExpiresAt: token.expiresAt })
    .where('idHash', '=', idHash)
    .execute();
}

/**
 * Deletes every session past its idle or absolute lifetime, so sealed passwords and secret keys do
 * not outlive the session they belong to; an idle one that started a plan run still going stays
 * until the run ends. Returns how many went.
 */
export async function sweepEndedSessions(now = Date.now()): Promise<number> {
  const store = await db();
  const result = await store
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('createdAt', '<', now - ABSOLUTE_LIFETIME_MS),
        eb.and([
          eb('lastSeenAt', '<', now - config().SESSION_IDLE_MINUTES * 60_000),
          eb.not(eb.exists(runningPlanRunsOf(eb))),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Ends a session in the store; its cookie no longer opens anything. A session whose plan run is
 * still going keeps its row for that run, marked idle for good so no browser can use it again;
 * the sweep removes it once the run has ended.
 */
export async function endSession(idHash: string): Promise<void> {
  const store = await db();
  if (await startedRunningPlan(store, idHash)) {
    await store.updateTable('sessions').set({ lastSeenAt: 0 }).where('idHash', '=', idHash).execute();
    return;
  }
  await store.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

export async function destroySession(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(SESSION_COOKIE)?.value;
  if (id) await endSession(hashId(id));
  jar.delete(SESSION_COOKIE);
}
