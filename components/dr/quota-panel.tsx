import type { QuotaUse } from '@/lib/dr/quotas';

/** Used and total per SDRS quota, with a warning near the limit. */
export function QuotaPanel({ quotas }: { quotas: readonly QuotaUse[] }) {
  return (
    <section aria-labelledby="quota-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="quota-heading" className="text-sm font-semibold">
        Quotas
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {quotas.map((q) => (
          <li key={q.type} data-quota={q.type} className={q.nearLimit ? 'font-medium text-amber-950' : ''}>
            {q.label}: {q.used} of {q.limit ?? 'unlimited'}
            {q.nearLimit ? ' — near the limit: ask for more before creating more.' : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
