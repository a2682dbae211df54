import type { Metadata } from 'next';
import Link from 'next/link';
import { faultLevelInfo } from '@/lib/dr/fault-levels';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { checkDeletePair, verdictText } from '@/lib/dr/cycle-rules';
import { formatCloudTime } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { volumeName } from '@/lib/otc/evs';
import { getProtectedInstance, getProtectionGroup, getReplicationPair } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { DeletePair } from './_components/delete-pair';
import { deleteReplicationPair } from './actions';

export const metadata: Metadata = { title: 'Replication pair' };

export default async function ReplicationPairPage(props: PageProps<'/replication-pairs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const pair = await getReplicationPair(cloud, id);
    const attached = pair.attachment[0]?.protected_instance;
    const [group, instance] = await Promise.all([
      getProtectionGroup(cloud, pair.server_group_id),
      attached ? getProtectedInstance(cloud, attached).catch(() => null) : Promise.resolve(null),
    ]);
    const disks = await Promise.all([volumeName(cloud, pair.volume_ids[0]), volumeName(cloud, pair.volume_ids[1])]);
    return { pair, group, instanceName: instance?.name ?? attached ?? null, disks };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This replication pair could not be loaded" />;
  const { pair: p, group, instanceName, disks } = loaded.data;
  const meta = p.record_metadata;
  const deleteBlocked =
    deniedReason(session.role, 'delete-resource') ??
    verdictText(checkDeletePair({ status: p.status, attachedTo: instanceName }, group.status));

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
            <Link key="g" href={`/protection-groups/${p.server_group_id}`} className="underline" title={group.id}>
              {group.name}
            </Link>,
          ],
          [
            'Production disk (at creation)',
            <span key="pd" title={p.volume_ids[0]}>
              {disks[0]}
            </span>,
          ],
          [
            'DR disk (at creation)',
            <span key="dd" title={p.volume_ids[1]}>
              {disks[1]}
            </span>,
          ],
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
                    {instanceName ?? a.protected_instance} ({a.device})
                  </Link>
                ))
              : 'Not attached',
          ],
          ['Created', formatCloudTime(p.created_at)],
          ['Id', <code key="i">{p.id}</code>],
        ]}
      />
      <section aria-labelledby="danger-heading" className="mt-8">
        <h2 id="danger-heading" className="mb-2 text-lg font-semibold">
          Delete
        </h2>
        <DeletePair
          pair={{ id: p.id, name: p.name }}
          drDiskName={disks[1]}
          blocked={deleteBlocked}
          action={deleteReplicationPair}
        />
      </section>
    </>
  );
}
