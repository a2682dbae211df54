import type { Metadata } from 'next';
import { DeprecatedApiNotice } from '@/components/resources/deprecated-api-notice';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatCloudTime } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { getEvsReplicationPair, volumeName } from '@/lib/otc/evs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'EVS replication pair' };

export default async function EvsReplicationPairPage(props: PageProps<'/evs-replication-pairs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const pair = await getEvsReplicationPair(cloud, id);
    const disks = await Promise.all([volumeName(cloud, pair.volume_ids[0]), volumeName(cloud, pair.volume_ids[1])]);
    return { pair, disks };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This EVS replication pair could not be loaded" />;
  const { pair: p, disks } = loaded.data;
  const name = p.name || '(no name)';

  return (
    <>
      <Breadcrumbs up={[{ href: '/evs-replication-pairs', label: 'EVS replication pairs' }]} here={name} />
      <PageHeader title={name} description={p.description ?? undefined} actions={<StatusBadge status={p.status} />} />
      <DeprecatedApiNotice />
      <DetailList
        items={[
          ['Status', <StatusBadge key="s" status={p.status} />],
          ['Replication', <ReplicationBadge key="r" status={p.replication_status} />],
          ['Failure detail', p.failure_detail ? <code>{p.failure_detail}</code> : 'None'],
          ['Production AZ', p.priority_station],
          [
            'Production disk',
            <span key="pd" title={p.volume_ids[0]}>
              {disks[0]}
            </span>,
          ],
          [
            'DR disk',
            <span key="dd" title={p.volume_ids[1]}>
              {disks[1]}
            </span>,
          ],
          ['Disk', p.record_metadata ? `${p.record_metadata.volume_size} GB ${p.record_metadata.volume_type}` : '—'],
          ['Created', formatCloudTime(p.created_at)],
          ['Id', <code key="i">{p.id}</code>],
        ]}
      />
    </>
  );
}
