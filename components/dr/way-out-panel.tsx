import type { ReactNode } from 'react';
import type { WayOut } from '@/lib/dr/ways-out';

/** A failed resource's way out: what happened, what gets it moving again, and that action's button. */
export function WayOutPanel({ wayOut, children }: { wayOut: WayOut; children?: ReactNode }) {
  return (
    <section
      aria-labelledby="way-out-heading"
      className="mb-6 space-y-3 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950"
    >
      <h2 id="way-out-heading" className="font-semibold">
        Way out
      </h2>
      <p>{wayOut.text}</p>
      {children}
    </section>
  );
}
