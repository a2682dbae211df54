import type { ReactNode } from 'react';

/** Label–value pairs of a resource's detail page. */
export function DetailList({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="break-all text-slate-950">{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
