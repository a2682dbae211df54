'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { groupStateQueryOptions, type GroupState } from '@/lib/dr/keys';

/**
 * Keeps a group's page current: reads the group's state (a small JSON answer) every second and a
 * half, and renders the page again from the server as soon as it differs from what the page shows,
 * whoever changed it. Hidden tabs wait.
 */
export function GroupWatcher({ groupId, shown }: { groupId: string; shown: GroupState }) {
  const router = useRouter();
  const { data } = useQuery(groupStateQueryOptions(groupId, shown));
  const changed =
    data !== undefined &&
    (data.status !== shown.status ||
      data.priority_station !== shown.priority_station ||
      data.progress !== shown.progress ||
      data.replication_status !== shown.replication_status);
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, router]);
  return null;
}
