import { VERDICT_LABELS, type Verdict } from '@/lib/dr/readiness';

const TONE: Record<Verdict, string> = {
  ready: 'bg-green-100 text-green-900 ring-green-700/30',
  'at-risk': 'bg-amber-100 text-amber-950 ring-amber-700/30',
  'not-protected': 'bg-red-100 text-red-900 ring-red-700/30',
};

/** Whether a group could be recovered now: ready, at risk, or not protected. */
export const VerdictBadge = ({ verdict }: { verdict: Verdict }) => (
  <span
    className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[verdict]}`}
    data-verdict={verdict}
  >
    {VERDICT_LABELS[verdict]}
  </span>
);
