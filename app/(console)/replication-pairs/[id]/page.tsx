import type { Metadata } from 'next';
import Link from 'next/link';
import { faultLevelInfo } from '@/lib/dr/fault-levels';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatCloudTime } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { getReplicationPair } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Replication pair' };

export default async function ReplicationPairPage(props: PageProps<'/replication-pairs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const loaded = await loadOrNotFound(() => getReplicationPair(cloudFor(session), id));
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This replication pair could not be loaded" />;
  const p = loaded.data;
  const meta = p.record_metadata;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/replication-pairs" className="underline">
          Replication pairs
        </Link>{' '}
        / {p.name}
      </p>
      <PageHeader title={p.name} description={p.description ?? undefined} actions={<StatusBadge status={p.status} />} />
      <DetailList
        items={[
          ['Status', <StatusBadge key="s" status={p.status} />],
          [
            'Replication',
            <span key="r" className="inline-flex items-center gap-2">
              <ReplicationBadge status={p.replication_status} />
              {p.replication_status === 'copying' ? `${p.progress}%` : null}
            </span>,
          ],
          ['Fault', faultLevelInfo(p.fault_level).label],
          ...(p.failure_detail
            ? [['Failure', <code key="f">{p.failure_detail}</code>] as [string, React.ReactNode]]
            : []),
          [
            'Protection group',
            <Link key="g" href={`/protection-groups/${p.server_group_id}`} className="underline">
              {p.server_group_id}
            </Link>,
          ],
          ['Production disk (at creation)', <code key="pd">{p.volume_ids[0] ?? '—'}</code>],
          ['DR disk (at creation)', <code key="dd">{p.volume_ids[1] ?? '—'}</code>],
          [
            'Disk',
            meta
              ? `${meta.volume_size} GB ${meta.volume_type}${meta.bootable ? ', system disk' : ''}${meta.multiattach ? ', shared' : ''}`
              : '—',
          ],
          [
            'Attached to',
            p.attachment.length
              ? p.attachment.map((a) => (
                  <Link
                    key={a.protected_instance}
                    href={`/protected-instances/${a.protected_instance}`}
                    className="mr-3 underline"
                  >
                    {a.protected_instance} ({a.device})
                  </Link>
                ))
              : 'Not attached',
          ],
          ['Created', formatCloudTime(p.created_at)],
          ['Id', <code key="i">{p.id}</code>],
        ]}
      />
    </>
  );
}
