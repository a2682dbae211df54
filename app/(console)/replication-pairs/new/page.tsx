import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupChooser } from '@/components/resources/group-chooser';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { diskDetail, loadPairContext } from '@/lib/dr/create-context';
import { drAzOf, groupProblem, pairDiskProblem, productionAzOf } from '@/lib/dr/preflight';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { ReplicationPairForm } from './_components/replication-pair-form';

export const metadata: Metadata = { title: 'Create replication pair' };

export default async function NewReplicationPairPage(props: PageProps<'/replication-pairs/new'>) {
  const session = await requireSession();
  const params = await props.searchParams;
  const groupId = typeof params.group === 'string' ? params.group : '';
  const header = (
    <PageHeader
      title="Create replication pair"
      description="Replicate one available disk to a new DR disk in the group's DR AZ."
    />
  );
  const denied = deniedReason(session.role, 'create-replication-pair');
  if (denied) {
    return (
      <>
        {header}
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {denied} Creating replication pairs needs the Support or Operator role.
        </p>
      </>
    );
  }
  const cloud = cloudFor(session);
  if (!groupId) {
    const groups = await load(() => listProtectionGroups(cloud));
    return (
      <>
        {header}
        {groups.ok ? (
          <GroupChooser
            action="/replication-pairs/new"
            groups={groups.data.map((g) => ({
              id: g.id,
              name: g.name,
              problem: groupProblem(g),
              az: `${productionAzOf(g)} → ${drAzOf(g)}`,
            }))}
          />
        ) : (
          <CloudErrorPanel error={groups.error} title="Protection groups could not be loaded" />
        )}
      </>
    );
  }
  const loaded = await load(() => loadPairContext(cloud, groupId));
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  const { group, volumes, paired } = loaded.data;
  const problem = groupProblem(group);
  const disks = volumes
    .filter((v) => v.availability_zone === productionAzOf(group) || v.status === 'available')
    .map((v) => ({
      id: v.id,
      label: v.name || v.id,
      detail: diskDetail(v),
      problem: pairDiskProblem(v, group, paired),
    }));
  return (
    <>
      {header}
      <p className="mb-4 text-sm">
        Protection group <strong>{group.name}</strong>: production in {productionAzOf(group)}, DR in {drAzOf(group)}.{' '}
        <Link href="/replication-pairs/new" className="underline">
          Choose another group
        </Link>
      </p>
      {problem ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {problem}
        </p>
      ) : (
        <ReplicationPairForm groupId={group.id} drAz={drAzOf(group)} disks={disks} />
      )}
    </>
  );
}
