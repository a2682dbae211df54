'use server';

import { redirect } from 'next/navigation';
import { actionClient } from '@/lib/auth/action-client';
import { destroySession } from '@/lib/auth/session';

export const signOut = actionClient.metadata({ action: 'signOut', permission: 'read' }).action(async () => {
  await destroySession();
  redirect('/sign-in');
});
