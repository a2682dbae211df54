import type { Metadata } from 'next';
import { DeprecatedApiNotice } from '@/components/resources/deprecated-api-notice';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/roles';
import { CreateDenied } from '@/components/resources/create-gate';
import { loadEvsDisks } from '@/lib/dr/create-context';
import { load } from '@/lib/list/load';
import { usableFirst } from '@/lib/list/usable-first';
import { cloudFor } from '@/lib/otc/session-cloud';
import { EvsPairForm } from './_components/evs-pair-form';

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
  const loaded = await load(async () => loadEvsDisks(await cloudFor(session)));
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  // Each disk's facts once; the form applies the pairing rule to them as the user picks.
  const disks = usableFirst(
    loaded.data,
    (d) => d.blocked,
    (a, b) => a.label.localeCompare(b.label),
  );
  return (
    <>
      {header}
      <DeprecatedApiNotice />
      <EvsPairForm disks={disks.listed} total={disks.total} />
    </>
  );
}
