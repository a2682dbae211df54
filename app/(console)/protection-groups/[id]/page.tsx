import type { Metadata } from 'next';
import Link from 'next/link';
import { toInstanceRow } from '@/components/resources/instance-row';
import { CreateLink } from '@/components/resources/create-link';
import { InstancesTable } from '@/components/resources/instances-table';
import { toPairRow } from '@/components/resources/pair-row';
import { PairsTable } from '@/components/resources/pairs-table';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { DetailList } from '@/components/ui/detail-list';
import { statusInfo } from '@/lib/dr/status-map';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { drAzOf, productionAzOf } from '@/lib/dr/preflight';
import { formatCloudTime } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { getProtectionGroup, listProtectedInstances, listReplicationPairs } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Protection group' };

export default async function ProtectionGroupPage(props: PageProps<'/protection-groups/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const group = await getProtectionGroup(cloud, id);
    const [instances, pairs] = await Promise.all([
      listProtectedInstances(cloud, { server_group_id: id }),
      listReplicationPairs(cloud, { server_group_id: id }),
    ]);
    return { group, instances, pairs };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This protection group could not be loaded" />;
  const { group: g, instances, pairs } = loaded.data;
  const groupNames = new Map([[g.id, g.name]]);
  const instanceNames = new Map(instances.map((i) => [i.id, i.name]));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/protection-groups" className="underline">
          Protection groups
        </Link>{' '}
        / {g.name}
      </p>
      <PageHeader
        title={g.name}
        description={g.description ?? undefined}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <CreateLink
              href={`/protected-instances/new?group=${g.id}`}
              label="Protect a server"
              role={session.role}
              permission="create-protected-instance"
            />
            <CreateLink
              href={`/replication-pairs/new?group=${g.id}`}
              label="Replicate a disk"
              role={session.role}
              permission="create-replication-pair"
            />
          </div>
        }
      />
      <AutoRefresh
        active={[g.status, ...instances.map((i) => i.status), ...pairs.map((p) => p.status)].some(
          (st) => statusInfo(st).running,
        )}
      />
      <DetailList
        items={[
          ['Status', <StatusBadge key="s" status={g.status} />],
          [
            'Replication',
            <span key="r" className="inline-flex items-center gap-2">
              <ReplicationBadge status={g.replication_status} />
              {g.replication_status === 'copying' ? `${g.progress}%` : null}
            </span>,
          ],
          [
            'Production runs in',
            `${productionAzOf(g)}${g.priority_station === 'target' ? ' (the original DR AZ, after switchover or failover)' : ''}`,
          ],
          ['DR site', drAzOf(g)],
          ['Direction at creation', `${g.source_availability_zone} → ${g.target_availability_zone}`],
          ['Protection', g.protected_status === 'started' ? 'Enabled' : 'Disabled'],
          ['Health', g.health_status ?? '—'],
          ['VPC', <code key="v">{g.source_vpc_id}</code>],
          ['Created', formatCloudTime(g.created_at)],
          ['Id', <code key="i">{g.id}</code>],
        ]}
      />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Protected instances ({instances.length})</h2>
      {instances.length === 0 ? (
        <EmptyState title="No protected instances in this group" />
      ) : (
        <InstancesTable rows={instances.map((pi) => toInstanceRow(pi, groupNames))} sortable={false} />
      )}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Replication pairs ({pairs.length})</h2>
      {pairs.length === 0 ? (
        <EmptyState title="No replication pairs in this group">
          Protection can be enabled once the group has at least one pair.
        </EmptyState>
      ) : (
        <PairsTable rows={pairs.map((p) => toPairRow(p, groupNames, instanceNames))} sortable={false} />
      )}
    </>
  );
}
