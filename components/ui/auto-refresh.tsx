'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * While something on the page is still changing (a transitional status), re-render it from the
 * server every few seconds; with `idleMs`, also when nothing is, more slowly, so a change made
 * elsewhere shows up. Hidden tabs wait until they are shown again.
 */
export function AutoRefresh({
  active,
  everyMs = 3000,
  idleMs,
}: {
  active: boolean;
  everyMs?: number;
  idleMs?: number;
}) {
  const router = useRouter();
  const interval = active ? everyMs : idleMs;
  useEffect(() => {
    if (!interval) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, interval);
    return () => clearInterval(timer);
  }, [interval, router]);
  return active ? (
    <p className="mb-2 text-xs text-slate-600" aria-live="off">
      Some items are changing; this page updates by itself.
    </p>
  ) : null;
}
