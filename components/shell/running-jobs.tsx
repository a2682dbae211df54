'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { failed, isTerminal, succeeded } from '@/lib/jobs/job-status';
import { myJobsQueryOptions } from '@/lib/jobs/keys';

/** How many of your jobs run now; a notice when one of them ends. */
export function RunningJobs() {
  const { data } = useQuery(myJobsQueryOptions());
  const seenRunning = useRef(new Set<string>());
  const [notice, setNotice] = useState<{ id: string; text: string; failed: boolean } | null>(null);
  const jobs = useMemo(() => data?.jobs ?? [], [data]);
  const running = jobs.filter((j) => !isTerminal(j.status));

  useEffect(() => {
    for (const j of jobs) {
      if (!isTerminal(j.status)) seenRunning.current.add(j.id);
      else if (seenRunning.current.has(j.id)) {
        seenRunning.current.delete(j.id);
        setNotice({
          id: j.id,
          failed: failed(j.status),
          text: `${j.typeLabel} ${j.targetName} ${succeeded(j.status) ? 'succeeded' : 'failed'}.`,
        });
      }
    }
  }, [jobs]);

  return (
    <>
      <Link href="/jobs" className="rounded-md px-2 py-1 text-sm hover:bg-slate-700" data-testid="running-jobs">
        {running.length === 0 ? 'No jobs running' : `${running.length} job${running.length === 1 ? '' : 's'} running`}
      </Link>
      <div aria-live="polite" className="fixed bottom-4 right-4 z-50">
        {notice ? (
          <div
            role="status"
            className={`flex items-center gap-3 rounded-md border px-4 py-3 text-sm shadow-lg ${notice.failed ? 'border-red-300 bg-red-50 text-red-950' : 'border-green-300 bg-green-50 text-green-950'}`}
          >
            <Link href={`/jobs/${notice.id}`} className="underline">
              {notice.text}
            </Link>
            <button type="button" onClick={() => setNotice(null)} className="rounded px-1" aria-label="Dismiss">
              ×
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
