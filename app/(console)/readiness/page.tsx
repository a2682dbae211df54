import type { Metadata } from 'next';
import Link from 'next/link';
import { QuotaPanel } from '@/components/dr/quota-panel';
import { ReadinessChecks } from '@/components/dr/readiness-checks';
import { ReadinessSummary } from '@/components/dr/readiness-summary';
import { VerdictBadge } from '@/components/status/verdict-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { ATTENTION_LABELS, attentionOf, isAttention } from '@/lib/dr/readiness';
import { loadReadiness } from '@/lib/dr/readiness-context';
import { load } from '@/lib/list/load';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Readiness' };

/** If the production AZ failed now: which groups could be recovered, and what to do about the others. */
export default async function ReadinessPage(props: PageProps<'/readiness'>) {
  const session = await requireSession();
  const { show } = await props.searchParams;
  const filter = isAttention(show) ? show : null;
  const cloud = await cloudFor(session);
  const result = await load(() => loadReadiness(cloud, session.projectId));
  const header = (
    <PageHeader
      title="Readiness"
      description="If the production AZ failed now, could each group be recovered? Every finding says why it matters and what to do."
    />
  );
  if (!result.ok) {
    return (
      <>
        {header}
        <CloudErrorPanel error={result.error} title="Readiness could not be checked" />
      </>
    );
  }
  const { groups, quotas, instancesPerGroup, failedTasksPerGroup } = result.data;
  const shown = filter ? groups.filter((g) => attentionOf(g) === filter) : groups;
  return (
    <>
      {header}
      <ReadinessSummary groups={groups} />
      <div className="mt-4">
        <QuotaPanel quotas={quotas} />
      </div>
      <section aria-labelledby="groups-heading" className="mt-8">
        <h2 id="groups-heading" className="text-lg font-semibold">
          {filter ? `${ATTENTION_LABELS[filter]} (${shown.length})` : `All groups (${groups.length})`}
        </h2>
        {filter ? (
          <p className="text-sm">
            <Link href="/readiness" className="underline">
              Show every group
            </Link>
          </p>
        ) : null}
        {groups.length === 0 ? (
          <EmptyState title="No protection groups yet">
            <Link href="/setup" className="underline">
              Set up DR
            </Link>{' '}
            to protect servers; their readiness shows here.
          </EmptyState>
        ) : shown.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">No group is in this state.</p>
        ) : (
          <ul className="mt-3 space-y-6">
            {shown.map((g) => (
              <li key={g.groupId} aria-labelledby={`group-${g.groupId}`} data-group={g.groupName}>
                <h3 id={`group-${g.groupId}`} className="flex flex-wrap items-center gap-2 font-semibold">
                  <Link href={`/protection-groups/${g.groupId}`} className="underline">
                    {g.groupName}
                  </Link>
                  <VerdictBadge verdict={g.verdict} />
                  {g.runningAtDrSite ? (
                    <span className="text-sm font-normal text-blue-900">production runs at the DR site</span>
                  ) : null}
                </h3>
                <p className="mb-2 text-sm text-slate-700">
                  {instancesPerGroup[g.groupId] ?? 0} protected instances (SDRS limits them per group, SDRS.1358,
                  without publishing the number) · {failedTasksPerGroup[g.groupId] ?? 0} failed tasks
                </p>
                <ReadinessChecks readiness={g} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
