import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatCloudTime, formatTags } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { getProtectedInstance, getProtectionGroup, listReplicationPairs } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Protected instance' };

export default async function ProtectedInstancePage(props: PageProps<'/protected-instances/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const instance = await getProtectedInstance(cloud, id);
    const [group, pairs] = await Promise.all([
      getProtectionGroup(cloud, instance.server_group_id),
      listReplicationPairs(cloud, { protected_instance_id: id }),
    ]);
    return { instance, group, pairs };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This protected instance could not be loaded" />;
  const { instance: pi, group, pairs } = loaded.data;

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
          ['Production server (at creation)', <code key="p">{pi.source_server}</code>],
          ['DR server (at creation)', <code key="d">{pi.target_server}</code>],
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
    </>
  );
}
