import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { config } from '../config';
import type { Credentials } from '../otc/cloud';
import type { Endpoints } from '../otc/endpoints';
import type { Identity } from '../otc/iam';
import { currentConnection } from '../net/connection';
import { db } from '../store/db';
import { sessions } from '../store/schema';
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
  if (previous) endSession(hashId(previous));
  const id = randomBytes(32).toString('base64url');
  const now = Date.now();
  const secrets = box();
  db()
    .insert(sessions)
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
    .run();
  const { scheme } = await currentConnection();
  jar.set(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: scheme === 'https',
    path: '/',
    maxAge: ABSOLUTE_LIFETIME_MS / 1000,
  });
}

type SessionRow = typeof sessions.$inferSelect;

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

/** A session by its stored hash if it is still alive (the job poller acts with it). */
export function liveSessionByHash(idHash: string): Session | null {
  const row = db().select().from(sessions).where(eq(sessions.idHash, idHash)).get();
  if (!row || sessionEnded(row, Date.now(), config().SESSION_IDLE_MINUTES * 60_000)) return null;
  return toSession(row);
}

/** The signed-in session, or null (no cookie, unknown id, idle or too old). Cached per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const id = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!id) return null;
  const idHash = hashId(id);
  const row = db().select().from(sessions).where(eq(sessions.idHash, idHash)).get();
  if (!row) return null;
  const now = Date.now();
  if (sessionEnded(row, now, config().SESSION_IDLE_MINUTES * 60_000)) {
    db().delete(sessions).where(eq(sessions.idHash, idHash)).run();
    return null;
  }
  if (now - row.lastSeenAt > TOUCH_EVERY_MS) {
    db().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash)).run();
  }
  return toSession(row);
});

/** The session's sealed secrets, opened only where a cloud call needs them. */
export function sessionSecrets(idHash: string): {
  credentials: CloudCredentials;
  token: { token: string; expiresAt: number } | null;
} {
  const row = db().select().from(sessions).where(eq(sessions.idHash, idHash)).get();
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

export function storeRefreshedToken(idHash: string, token: { token: string; expiresAt: number }): void {
  db()
    .update(sessions)
    .set({ sealedToken: box().seal(token.token), tokenExpiresAt: token.expiresAt })
    .where(eq(sessions.idHash, idHash))
    .run();
}

/**
 * Deletes every session past its idle or absolute lifetime, so sealed passwords and secret keys do
 * not outlive the session they belong to. Returns how many went.
 */
export function sweepEndedSessions(now = Date.now()): number {
  return db()
    .delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, now - config().SESSION_IDLE_MINUTES * 60_000),
        lt(sessions.createdAt, now - ABSOLUTE_LIFETIME_MS),
      ),
    )
    .run().changes;
}

/** Ends a session in the store; its cookie no longer opens anything. */
export function endSession(idHash: string): void {
  db().delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

export async function destroySession(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(SESSION_COOKIE)?.value;
  if (id)
    db()
      .delete(sessions)
      .where(eq(sessions.idHash, hashId(id)))
      .run();
  jar.delete(SESSION_COOKIE);
}
