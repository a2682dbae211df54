import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateLink } from '@/components/resources/create-link';
import { StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { statusInfo } from '@/lib/dr/status-map';
import { load } from '@/lib/list/load';
import { statusesById, taskResolution } from '@/lib/dr/task-resolution';
import { loadReadiness } from '@/lib/dr/readiness-context';
import { QuotaPanel } from '@/components/dr/quota-panel';
import { AtRiskList, ReadinessSummary } from '@/components/dr/readiness-summary';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Overview' };

function tally(statuses: string[]) {
  const counts = { healthy: 0, running: 0, failed: 0, failedOver: 0, other: 0 };
  for (const s of statuses) {
    const info = statusInfo(s);
    if (s === 'failed-over') counts.failedOver += 1;
    else if (info.running) counts.running += 1;
    else if (info.tone === 'error') counts.failed += 1;
    else if (info.tone === 'ok') counts.healthy += 1;
    else counts.other += 1;
  }
  return counts;
}

export default async function OverviewPage() {
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const result = await load(() => loadReadiness(cloud, session.projectId));
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Overview" />
        <CloudErrorPanel error={result.error} title="The overview could not be loaded" />
      </>
    );
  }
  const { groups, instances, pairs, drills, failedTasks: failed } = result.data.read;
  const current = statusesById(groups, instances, pairs, drills);
  const cards = [
    {
      title: 'Protection groups',
      href: '/protection-groups',
      total: groups.length,
      counts: tally(groups.map((g) => g.status)),
    },
    {
      title: 'Protected instances',
      href: '/protected-instances',
      total: instances.length,
      counts: tally(instances.map((i) => i.status)),
    },
    {
      title: 'Replication pairs',
      href: '/replication-pairs',
      total: pairs.length,
      counts: tally(pairs.map((p) => p.status)),
    },
  ];
  const attention = groups.filter((g) => statusInfo(g.status).tone === 'error' || g.health_status === 'abnormal');

  return (
    <>
      <PageHeader
        title="Overview"
        description={`Disaster recovery in project ${session.projectName}: could each group be recovered now, and what to do if not.`}
        actions={
          <CreateLink href="/setup" label="Set up DR" role={session.role} permission="create-protection-group" />
        }
      />
      <ReadinessSummary groups={result.data.groups} />
      <p className="mt-2 text-sm">
        <Link href="/readiness" className="underline">
          Every group&apos;s findings, with what to do
        </Link>
      </p>
      <section aria-labelledby="totals" className="mt-6 grid gap-4 md:grid-cols-3">
        <h2 id="totals" className="sr-only">
          Inventory
        </h2>
        {cards.map((c) => (
          <Link
            key={c.href}
            href={c.href}
            className="rounded-lg border border-slate-300 bg-white p-4 hover:border-slate-500"
          >
            <p className="text-sm font-medium text-slate-700">{c.title}</p>
            <p className="mt-1 text-3xl font-semibold">{c.total}</p>
            <p className="mt-2 text-sm text-slate-700">
              {c.counts.healthy} protected · {c.counts.failedOver} failed over · {c.counts.running} in progress ·{' '}
              {c.counts.failed} failed · {c.counts.other} other
            </p>
          </Link>
        ))}
      </section>
      <AtRiskList groups={result.data.groups} />
      <div className="mt-4">
        <QuotaPanel quotas={result.data.quotas} />
      </div>
      <section aria-labelledby="attention" className="mt-8">
        <h2 id="attention" className="text-lg font-semibold">
          Needs attention
        </h2>
        <p className="text-sm">
          <Link href="/task-center" className="underline">
            Open the task center
          </Link>{' '}
          for each failed task&apos;s cause and what to do.
        </p>
        {attention.length === 0 && failed.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nothing has failed.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {attention.map((g) => (
              <li key={g.id} className="flex items-center gap-3 text-sm">
                <StatusBadge status={g.status} />
                <Link href={`/protection-groups/${g.id}`} className="underline">
                  {g.name}
                </Link>
              </li>
            ))}
            {failed.map((f) => (
              <li key={`${f.job_id}-${f.resource_id}`} className="text-sm">
                Failed task: <strong>{f.resource_name}</strong> ({f.failure_status}) — <code>{f.error_code}</code>{' '}
                {f.fail_reason}
                {taskResolution(f.resource_id, current) ? (
                  <span className="text-green-900"> · {taskResolution(f.resource_id, current)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
