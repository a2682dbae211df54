import type { Metadata } from 'next';
import { CreateDenied, GroupContext, GroupNotUsable, GroupStep } from '@/components/resources/create-gate';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { usableFirst } from '@/lib/list/usable-first';
import { can } from '@/lib/auth/roles';
import {
  loadProtectedInstanceContext,
  serverProblemIn,
  type ProtectedInstanceContext,
  loadGroupChoices,
} from '@/lib/dr/create-context';
import { drAzOf, groupProblem, productionAzOf } from '@/lib/dr/preflight';
import { load } from '@/lib/list/load';
import { cloudFor } from '@/lib/otc/session-cloud';
import type { ProtectedInstanceFormOptions } from './_components/form-options';
import { ProtectedInstanceForm } from './_components/protected-instance-form';

export const metadata: Metadata = { title: 'Create protected instance' };

/** Only what the form shows reaches the browser. */
function formOptions(ctx: ProtectedInstanceContext): ProtectedInstanceFormOptions {
  const servers = usableFirst(
    ctx.servers.map((s) => ({
      id: s.id,
      name: s.name,
      status: s.status,
      az: s['OS-EXT-AZ:availability_zone'],
      flavor: { id: s.flavor.id, vcpus: s.flavor.vcpus, ram: s.flavor.ram },
      disks: s['os-extended-volumes:volumes_attached'].map((a) => {
        const v = ctx.volumes.get(a.id);
        return {
          device: a.device ?? '',
          sizeGb: v?.size ?? 0,
          type: v?.volume_type ?? '',
          system: v?.bootable ?? false,
        };
      }),
      problem: serverProblemIn(ctx, s),
    })),
    (s) => s.problem,
    (a, b) => a.name.localeCompare(b.name),
  );
  return {
    group: { id: ctx.group.id, name: ctx.group.name, productionAz: productionAzOf(ctx.group), drAz: drAzOf(ctx.group) },
    servers: servers.listed,
    serverTotal: servers.total,
    subnets: ctx.subnets,
    flavors: ctx.drFlavors,
  };
}

export default async function NewProtectedInstancePage(props: PageProps<'/protected-instances/new'>) {
  const session = await requireSession();
  const params = await props.searchParams;
  const groupId = typeof params.group === 'string' ? params.group : '';
  const header = (
    <PageHeader
      title="Create protected instance"
      description="Protect a server: the cloud creates a stopped DR server in the other AZ and replicates each of its disks."
    />
  );
  if (!can(session.role, 'create-protected-instance')) {
    return (
      <>
        {header}
        <CreateDenied role={session.role} permission="create-protected-instance" what="protected instances" />
      </>
    );
  }
  const cloud = await cloudFor(session);
  if (!groupId) {
    return (
      <>
        {header}
        <GroupStep groups={await load(() => loadGroupChoices(cloud))} action="/protected-instances/new" />
      </>
    );
  }
  const loaded = await load(() => loadProtectedInstanceContext(cloud, groupId));
  if (!loaded.ok) {
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  }
  const options = formOptions(loaded.data);
  const problem = groupProblem(loaded.data.group);
  return (
    <>
      {header}
      <GroupContext
        name={options.group.name}
        productionAz={options.group.productionAz}
        drAz={options.group.drAz}
        chooseHref="/protected-instances/new"
      />
      {problem ? <GroupNotUsable problem={problem} /> : <ProtectedInstanceForm options={options} />}
    </>
  );
}
