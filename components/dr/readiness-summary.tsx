import Link from 'next/link';
import { VerdictBadge } from '@/components/status/verdict-badge';
import { ATTENTION_LABELS, ATTENTION_ORDER, attentionOf, type GroupReadiness } from '@/lib/dr/readiness';

const CARD_TONE = {
  'dr-site': 'border-blue-400',
  'not-protected': 'border-red-400',
  'at-risk': 'border-amber-400',
  ready: 'border-green-400',
} as const;

/** The groups by what an operator must act on, each card opening the readiness page filtered to it. */
export function ReadinessSummary({ groups }: { groups: readonly GroupReadiness[] }) {
  return (
    <section aria-labelledby="readiness-summary" className="grid gap-4 md:grid-cols-4">
      <h2 id="readiness-summary" className="sr-only">
        Recovery readiness
      </h2>
      {ATTENTION_ORDER.map((attention) => {
        const members = groups.filter((g) => attentionOf(g) === attention);
        return (
          <Link
            key={attention}
            href={`/readiness?show=${attention}`}
            className={`rounded-lg border-2 bg-white p-4 hover:bg-slate-50 ${CARD_TONE[attention]}`}
            data-attention={attention}
          >
            <p className="text-sm font-medium text-slate-700">{ATTENTION_LABELS[attention]}</p>
            <p className="mt-1 text-3xl font-semibold">{members.length}</p>
            <p className="mt-2 truncate text-sm text-slate-700">
              {members.length === 0 ? 'No group' : members.map((g) => g.groupName).join(', ')}
            </p>
          </Link>
        );
      })}
    </section>
  );
}

/** Each group that is at risk, with the titles of its findings: the reasons at a glance. */
export function AtRiskList({ groups }: { groups: readonly GroupReadiness[] }) {
  const atRisk = groups.filter((g) => g.verdict === 'at-risk');
  if (atRisk.length === 0) return null;
  return (
    <ul aria-label="Groups at risk and why" className="mt-4 space-y-1 text-sm">
      {atRisk.map((g) => (
        <li key={g.groupId} className="flex flex-wrap items-center gap-2" data-at-risk={g.groupName}>
          <VerdictBadge verdict={g.verdict} />
          <Link href={`/protection-groups/${g.groupId}`} className="font-medium underline">
            {g.groupName}
          </Link>
          <span>
            {g.checks
              .filter((c) => c.level !== 'ok')
              .map((c) => c.title)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
