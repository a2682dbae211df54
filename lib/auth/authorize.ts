import 'server-only';
import { recordAudit } from '../audit/audit-log';
import { can, deniedReason, type Permission } from './roles';
import { getSession, type Session } from './session';

export type Authorization =
  { ok: true; session: Session } | { ok: false; code: 'unauthenticated' | 'forbidden'; message: string };

/**
 * The one server-side check behind every action and route handler: a live session, and a role
 * that holds the permission. Refusals of a signed-in user are recorded in the audit log.
 */
export async function authorize(action: string, permission: Permission): Promise<Authorization> {
  const session = await getSession();
  if (!session) return { ok: false, code: 'unauthenticated', message: 'Your session has ended. Sign in again.' };
  if (!can(session.role, permission)) {
    await recordAudit({ userName: session.userName, projectId: session.projectId, action, outcome: 'denied' });
    return { ok: false, code: 'forbidden', message: deniedReason(session.role, permission) ?? '' };
  }
  return { ok: true, session };
}
