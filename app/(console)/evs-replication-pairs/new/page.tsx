import type { Metadata } from 'next';
import { DeprecatedApiNotice } from '@/components/resources/deprecated-api-notice';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/roles';
import { CreateDenied } from '@/components/resources/create-gate';
import { diskDetail, loadEvsPairContext } from '@/lib/dr/create-context';
import { evsDrDiskProblem, evsProductionDiskProblem } from '@/lib/dr/preflight';
import { load } from '@/lib/list/load';
import { cloudFor } from '@/lib/otc/session-cloud';
import { EvsPairForm, type DiskOption } from './_components/evs-pair-form';

export const metadata: Metadata = { title: 'Create EVS replication pair' };

export default async function NewEvsPairPage() {
  const session = await requireSession();
  const header = (
    <PageHeader
      title="Create EVS replication pair"
      description="Pair two existing disks in different AZs with the deprecated EVS API."
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
  const loaded = await load(() => loadEvsPairContext(cloudFor(session)));
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  const { volumes, servers, paired } = loaded.data;
  const disks: DiskOption[] = volumes.map((v) => ({
    id: v.id,
    label: v.name || v.id,
    detail: diskDetail(v),
    az: v.availability_zone,
    productionProblem: evsProductionDiskProblem(v, paired),
    drProblems: Object.fromEntries(volumes.map((prod) => [prod.id, evsDrDiskProblem(v, prod, paired, servers)])),
  }));
  return (
    <>
      {header}
      <DeprecatedApiNotice />
      <EvsPairForm disks={disks} />
    </>
  );
}
