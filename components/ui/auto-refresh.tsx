'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * While something on the page is still changing (a transitional status), re-render it from the
 * server every few seconds; hidden tabs wait until they are shown again.
 */
export function AutoRefresh({ active, everyMs = 3000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return active ? (
    <p className="mb-2 text-xs text-slate-600" aria-live="off">
      Some items are changing; this page updates by itself.
    </p>
  ) : null;
}
