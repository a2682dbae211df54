import type { Metadata } from 'next';
import { CreateDenied, GroupContext, GroupNotUsable, GroupStep } from '@/components/resources/create-gate';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/roles';
import { diskDetail, loadPairContext, loadGroupChoices } from '@/lib/dr/create-context';
import { drAzOf, groupProblem, pairDiskProblem, productionAzOf } from '@/lib/dr/preflight';
import { load } from '@/lib/list/load';
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
  if (!can(session.role, 'create-replication-pair')) {
    return (
      <>
        {header}
        <CreateDenied role={session.role} permission="create-replication-pair" what="replication pairs" />
      </>
    );
  }
  const cloud = await cloudFor(session);
  if (!groupId) {
    return (
      <>
        {header}
        <GroupStep groups={await load(() => loadGroupChoices(cloud))} action="/replication-pairs/new" />
      </>
    );
  }
  const loaded = await load(() => loadPairContext(cloud, groupId));
  if (!loaded.ok) {
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  }
  const { group, volumes, paired } = loaded.data;
  const problem = groupProblem(group);
  // Disks of the production AZ, and available disks elsewhere (shown with why they do not fit).
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
      <GroupContext
        name={group.name}
        productionAz={productionAzOf(group)}
        drAz={drAzOf(group)}
        chooseHref="/replication-pairs/new"
      />
      {problem ? (
        <GroupNotUsable problem={problem} />
      ) : (
        <ReplicationPairForm groupId={group.id} drAz={drAzOf(group)} disks={disks} />
      )}
    </>
  );
}
