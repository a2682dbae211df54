import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { checkDeleteInstance, verdictText } from '@/lib/dr/cycle-rules';
import { getServer } from '@/lib/otc/ecs';
import { formatCloudTime, formatTags } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { getProtectedInstance, getProtectionGroup, listReplicationPairs } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { DeleteInstance } from './_components/delete-instance';
import { deleteProtectedInstance } from './actions';

export const metadata: Metadata = { title: 'Protected instance' };

export default async function ProtectedInstancePage(props: PageProps<'/protected-instances/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const instance = await getProtectedInstance(cloud, id);
    const serverName = (serverId: string) =>
      getServer(cloud, serverId)
        .then((s) => s.name)
        .catch(() => serverId);
    const [group, pairs, productionName, drName] = await Promise.all([
      getProtectionGroup(cloud, instance.server_group_id),
      listReplicationPairs(cloud, { protected_instance_id: id }),
      serverName(instance.source_server),
      serverName(instance.target_server),
    ]);
    return { instance, group, pairs, names: { production: productionName, dr: drName } };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This protected instance could not be loaded" />;
  const { instance: pi, group, pairs, names } = loaded.data;
  const deleteBlocked =
    deniedReason(session.role, 'delete-resource') ?? verdictText(checkDeleteInstance(pi.status, group.status));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/protected-instances" className="underline">
          Protected instances
        </Link>{' '}
        / {pi.name}
      </p>
      <PageHeader
        title={pi.name}
        description={pi.description ?? undefined}
        actions={<StatusBadge status={pi.status} />}
      />
      <DetailList
        items={[
          ['Status', <StatusBadge key="s" status={pi.status} />],
          [
            'Protection group',
            <Link key="g" href={`/protection-groups/${group.id}`} className="underline">
              {group.name}
            </Link>,
          ],
          [
            'Production server (at creation)',
            <span key="p" title={pi.source_server}>
              {names.production}
            </span>,
          ],
          [
            'DR server (at creation)',
            <span key="d" title={pi.target_server}>
              {names.dr}
            </span>,
          ],
          [
            'Production runs on',
            pi.priority_station === 'source' ? 'the original production server' : 'the original DR server',
          ],
          ['Tags', formatTags(pi.tags)],
          ['Created', formatCloudTime(pi.created_at)],
          ['Id', <code key="i">{pi.id}</code>],
        ]}
      />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Replicated disks ({pi.attachment.length})</h2>
      <ul className="space-y-2">
        {pi.attachment.map((a) => {
          const pair = pairs.find((p) => p.id === a.replication);
          return (
            <li
              key={a.replication}
              className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm"
            >
              <code>{a.device}</code>
              <Link href={`/replication-pairs/${a.replication}`} className="underline">
                {pair?.name ?? a.replication}
              </Link>
              {pair ? <StatusBadge status={pair.status} /> : null}
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="danger-heading" className="mt-8">
        <h2 id="danger-heading" className="mb-2 text-lg font-semibold">
          Delete
        </h2>
        <DeleteInstance
          instance={{ id: pi.id, name: pi.name }}
          drServerName={names.dr}
          pairNames={pi.attachment.map((a) => pairs.find((p) => p.id === a.replication)?.name ?? a.replication)}
          blocked={deleteBlocked}
          action={deleteProtectedInstance}
        />
      </section>
    </>
  );
}
