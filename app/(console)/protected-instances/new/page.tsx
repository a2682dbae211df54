import type { Metadata } from 'next';
import Link from 'next/link';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { loadProtectedInstanceContext, serverProblemIn } from '@/lib/dr/create-context';
import { drAzOf, groupProblem, productionAzOf } from '@/lib/dr/preflight';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { GroupChooser } from '@/components/resources/group-chooser';
import type { ProtectedInstanceFormOptions } from './_components/form-options';
import { ProtectedInstanceForm } from './_components/protected-instance-form';

export const metadata: Metadata = { title: 'Create protected instance' };

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
  const denied = deniedReason(session.role, 'create-protected-instance');
  if (denied) {
    return (
      <>
        {header}
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {denied} Creating protected instances needs the Support or Operator role.
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
            action="/protected-instances/new"
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
  const loaded = await load(() => loadProtectedInstanceContext(cloud, groupId));
  if (!loaded.ok)
    return (
      <>
        {header}
        <CloudErrorPanel error={loaded.error} title="The form could not be prepared" />
      </>
    );
  const ctx = loaded.data;
  const problem = groupProblem(ctx.group);
  const options: ProtectedInstanceFormOptions = {
    group: { id: ctx.group.id, name: ctx.group.name, productionAz: productionAzOf(ctx.group), drAz: drAzOf(ctx.group) },
    servers: ctx.servers
      .map((s) => ({
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
      }))
      .sort((a, b) => Number(Boolean(a.problem)) - Number(Boolean(b.problem)) || a.name.localeCompare(b.name)),
    subnets: ctx.subnets,
    flavors: ctx.drFlavors,
  };
  return (
    <>
      {header}
      <p className="mb-4 text-sm">
        Protection group <strong>{ctx.group.name}</strong>: production in {options.group.productionAz}, DR in{' '}
        {options.group.drAz}.{' '}
        <Link href="/protected-instances/new" className="underline">
          Choose another group
        </Link>
      </p>
      {problem ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
          {problem}
        </p>
      ) : (
        <ProtectedInstanceForm options={options} />
      )}
    </>
  );
}
