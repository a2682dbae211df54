'use server';

import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/audit-log';
import { actionClient } from '@/lib/auth/action-client';
import { destroySession } from '@/lib/auth/session';

export const signOut = actionClient
  .metadata({ action: 'signOut', permission: 'read' })
  .action(async ({ ctx: { session } }) => {
    await recordAudit({ userName: session.userName, projectId: session.projectId, action: 'signOut', outcome: 'ok' });
    await destroySession();
    redirect('/sign-in');
  });
