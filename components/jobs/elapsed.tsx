'use client';

import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/format';

/** Time since the job started, ticking while it runs. */
export function Elapsed({ from, to }: { from: number; to: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (to !== null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [to]);
  return <>{formatDuration((to ?? now) - from)}</>;
}
