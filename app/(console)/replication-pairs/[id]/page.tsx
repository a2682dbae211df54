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
import { checkExpandable } from '@/lib/dr/instance-rules';
import { expandFacts, loadPairContext, pairSize } from '@/lib/dr/pair-context';
import { wayOut } from '@/lib/dr/ways-out';
import { cloudFor } from '@/lib/otc/session-cloud';
import { RenameButton } from '@/components/dr/rename-form';
import { WayOutPanel } from '@/components/dr/way-out-panel';
import { DeletePair } from './_components/delete-pair';
import { ExpandPair } from './_components/expand-pair';
import * as actions from './actions';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Replication pair' };

export default async function ReplicationPairPage(props: PageProps<'/replication-pairs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const loaded = await loadOrNotFound(() => loadPairContext(cloud, id));
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This replication pair could not be loaded" />;
  const ctx = loaded.data;
  const { pair: p, group, attachedTo: instanceName } = ctx;
  const disks = ctx.disks.map((d, i) => (d ? d.name || d.id : (p.volume_ids[i] ?? '—')));
  const meta = p.record_metadata;
  const deleteBlocked =
    deniedReason(session.role, 'delete-resource') ??
    verdictText(checkDeletePair({ status: p.status, attachedTo: instanceName }, group.status));
  const way = wayOut('pair', p.status);
  const deleteControl = (
    <DeletePair
      pair={{ id: p.id, name: p.name }}
      drDiskName={disks[1] ?? '—'}
      blocked={deleteBlocked}
      action={actions.deleteReplicationPair}
    />
  );
  const expandControl = (
    <ExpandPair
      name={p.name}
      pairId={p.id}
      currentSize={pairSize(ctx)}
      online={ctx.disks[0]?.status === 'in-use'}
      blocked={deniedReason(session.role, 'change-resource') ?? verdictText(checkExpandable(expandFacts(ctx, 0)))}
      action={actions.expandPair}
    />
  );
  const holder = p.attachment[0]?.protected_instance;
  // The control that gets the pair out of its failed status, shown in the way-out panel.
  const wayAction =
    way?.action === 'expand' ? (
      expandControl
    ) : way?.action === 'detach-pair' && holder ? (
      <Link href={`/protected-instances/${holder}`} className="underline">
        Open {instanceName ?? holder} to detach the pair
      </Link>
    ) : way?.action === 'group-action' ? (
      <Link href={`/protection-groups/${group.id}`} className="underline">
        Open {group.name} to run {way.label}
      </Link>
    ) : (
      deleteControl
    );

  return (
    <>
      <Breadcrumbs up={[{ href: '/replication-pairs', label: 'Replication pairs' }]} here={p.name} />
      <PageHeader
        title={p.name}
        description={p.description ?? undefined}
        actions={
          <div className="flex items-start gap-3">
            <StatusBadge status={p.status} />
            <RenameButton
              targetId={p.id}
              current={p.name}
              blocked={deniedReason(session.role, 'rename-resource')}
              action={actions.renameReplicationPair}
            />
          </div>
        }
      />
      {way ? <WayOutPanel wayOut={way}>{wayAction}</WayOutPanel> : null}
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
      <section aria-labelledby="size-heading" className="mt-8">
        <h2 id="size-heading" className="mb-2 text-lg font-semibold">
          Capacity
        </h2>
        <p className="mb-2 text-sm text-slate-700">{pairSize(ctx)} GB on each side.</p>
        {way && wayAction === expandControl ? null : expandControl}
      </section>
      {way && wayAction === deleteControl ? null : (
        <section aria-labelledby="danger-heading" className="mt-8">
          <h2 id="danger-heading" className="mb-2 text-lg font-semibold">
            Delete
          </h2>
          {deleteControl}
        </section>
      )}
    </>
  );
}
