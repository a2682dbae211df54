import { queryOptions } from '@tanstack/react-query';
import type { GroupServer } from './group-context';

export const groupKeys = {
  servers: (groupId: string) => ['groups', groupId, 'servers'] as const,
};

const isSettled = (s: Pick<GroupServer, 'status'>) => s.status === 'ACTIVE' || s.status === 'SHUTOFF';

/**
 * A group's servers and their power state: every second and a half while one is changing (or the
 * caller has just asked for a change), every ten seconds otherwise.
 */
export const groupServersQueryOptions = (groupId: string, initial: GroupServer[], fast = false) =>
  queryOptions({
    queryKey: groupKeys.servers(groupId),
    queryFn: async (): Promise<GroupServer[]> => {
      const res = await fetch(`/api/protection-groups/${encodeURIComponent(groupId)}/servers`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`The console answered HTTP ${res.status}.`);
      return ((await res.json()) as { servers: GroupServer[] }).servers;
    },
    initialData: initial,
    refetchInterval: (query) => (fast || !(query.state.data ?? []).every(isSettled) ? 1500 : 10_000),
  });
