import { queryOptions } from '@tanstack/react-query';
import type { GroupServer } from './group-context';

export const groupKeys = {
  servers: (groupId: string) => ['groups', groupId, 'servers'] as const,
  state: (groupId: string) => ['groups', groupId, 'state'] as const,
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

/** What of a group decides whether its page is out of date. */
export interface GroupState {
  status: string;
  priority_station: string;
  progress: number;
  replication_status: string | null;
}

export const groupStateQueryOptions = (groupId: string, shown: GroupState) =>
  queryOptions({
    queryKey: groupKeys.state(groupId),
    queryFn: async (): Promise<GroupState> => {
      const res = await fetch(`/api/protection-groups/${encodeURIComponent(groupId)}`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`The console answered HTTP ${res.status}.`);
      return ((await res.json()) as { server_group: GroupState }).server_group;
    },
    placeholderData: shown,
    refetchInterval: 1500,
  });
