import type { Metadata } from 'next';
import { CreateDenied } from '@/components/resources/create-gate';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/roles';
import { domainAzs, loadGroupCreateContext } from '@/lib/dr/group-create-context';
import { load } from '@/lib/list/load';
import { cloudFor } from '@/lib/otc/session-cloud';
import { GroupForm } from './_components/group-form';

export const metadata: Metadata = { title: 'Create protection group' };

export default async function NewProtectionGroupPage(props: PageProps<'/protection-groups/new'>) {
  const guided = (await props.searchParams).setup === '1';
  const session = await requireSession();
  const header = (
    <PageHeader
      title="Create protection group"
      description="Step 1 of setting up DR: the group says where production runs, where its copy goes, and which VPC its servers are in."
    />
  );
  if (!can(session.role, 'create-protection-group')) {
    return (
      <>
        {header}
        <CreateDenied role={session.role} permission="create-protection-group" what="protection groups" />
      </>
    );
  }
  const loaded = await load(async () => loadGroupCreateContext(await cloudFor(session)));
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  const { domains, vpcs } = loaded.data;
  return (
    <>
      {header}
      <GroupForm
        guided={guided}
        domains={domains.map((d) => ({ id: d.id, name: d.name, azs: domainAzs(d), soldOut: d.sold_out }))}
        vpcs={vpcs.map((v) => ({ id: v.id, label: v.name, detail: v.cidr, problem: null }))}
      />
    </>
  );
}
