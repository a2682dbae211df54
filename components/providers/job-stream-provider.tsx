'use client';

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { JobView } from '@/lib/jobs/job-view';
import { jobKeys } from '@/lib/jobs/keys';
import { pushOpen, setPushOpen } from '@/lib/jobs/push-state';

type Watch = (jobId: string) => () => void;
const WatchContext = createContext<Watch>(() => () => {});

/** Pushes this job's changes into the query cache while the calling component is mounted. */
export function useWatchJob(jobId: string): void {
  const watch = useContext(WatchContext);
  useEffect(() => watch(jobId), [watch, jobId]);
}

/**
 * One Server-Sent Events stream per tab, carrying the jobs its pages watch and the header's list.
 * Each event goes into TanStack Query's cache, which the pages keep reading from. After a break
 * the browser reconnects by itself; everything is then sent anew and the cache re-read, so nothing
 * is missed; in between, the queries poll as before.
 */
export function JobStreamProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const counts = useRef(new Map<string, number>());
  const [ids, setIds] = useState('');
  const watch = useCallback<Watch>((jobId) => {
    const update = () =>
      setIds(
        [...counts.current]
          .filter(([, n]) => n > 0)
          .map(([id]) => id)
          .sort()
          .join(','),
      );
    counts.current.set(jobId, (counts.current.get(jobId) ?? 0) + 1);
    update();
    return () => {
      counts.current.set(jobId, (counts.current.get(jobId) ?? 1) - 1);
      update();
    };
  }, []);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/jobs/stream?ids=${encodeURIComponent(ids)}`);
    let reconnect = false;
    let asked = false;
    source.onopen = () => {
      setPushOpen(true);
      if (reconnect) void queryClient.invalidateQueries({ queryKey: jobKeys.all });
      reconnect = true;
      asked = false;
    };
    // The stream broke, or this one (opened for a new set of jobs) never came up: ask at once
    // (which says so if the console is gone), then poll until it is back. Once per break: each
    // failed reconnect would restart the queries' retries.
    source.onerror = () => {
      const broke = pushOpen();
      setPushOpen(false);
      if (!broke && asked) return;
      asked = true;
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
    };
    source.addEventListener('job', (e) => {
      const view = JSON.parse((e as MessageEvent<string>).data) as JobView;
      queryClient.setQueryData(jobKeys.detail(view.id), view);
    });
    source.addEventListener('mine', (e) => {
      queryClient.setQueryData(jobKeys.mine(), JSON.parse((e as MessageEvent<string>).data) as { jobs: JobView[] });
    });
    return () => {
      source.close();
      setPushOpen(false);
    };
  }, [ids, queryClient]);

  return <WatchContext.Provider value={watch}>{children}</WatchContext.Provider>;
}
