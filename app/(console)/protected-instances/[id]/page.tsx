import type { Metadata } from 'next';
import Link from 'next/link';
import { RenameButton } from '@/components/dr/rename-form';
import { WayOutPanel } from '@/components/dr/way-out-panel';
import { StatusBadge } from '@/components/status/status-badge';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason, type Permission } from '@/lib/auth/roles';
import { checkDeleteInstance, verdictText, type Verdict } from '@/lib/dr/cycle-rules';
import {
  attachablePairs,
  attachedPairs,
  loadInstanceContext,
  pairsOfInstance,
  usedDevices,
} from '@/lib/dr/instance-context';
import {
  checkDeleteNic,
  checkSteady,
  checkDetach,
  checkNicChange,
  checkTags,
  freeDevices,
  MAX_NICS,
  RESIZABLE_INSTANCE,
  STEADY,
} from '@/lib/dr/instance-rules';
import { loadFlavorChoices } from '@/lib/dr/resize-options';
import { wayOut } from '@/lib/dr/ways-out';
import { formatCloudTime, formatTags } from '@/lib/format';
import { loadOrNotFound } from '@/lib/list/load';
import { ipInCidr } from '@/lib/schemas/ip';
import { listSecurityGroups, listSubnets } from '@/lib/otc/vpc';
import { cloudFor } from '@/lib/otc/session-cloud';
import { AttachPair } from './_components/attach-pair-form';
import { DeleteInstance } from './_components/delete-instance';
import { DeleteNic } from './_components/delete-nic';
import { DetachPair } from './_components/detach-pair';
import { AddNic } from './_components/nic-forms';
import { Resize } from './_components/resize-form';
import { EditTags } from './_components/tags-form';
import * as actions from './actions';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Protected instance' };

export default async function ProtectedInstancePage(props: PageProps<'/protected-instances/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const ctx = await loadInstanceContext(cloud, id);
    const vpcId = ctx.group.source_vpc_id;
    const [subnets, securityGroups, flavors] = await Promise.all([
      listSubnets(cloud, vpcId),
      listSecurityGroups(cloud, vpcId),
      // Without the flavor list the page still shows; only the flavor change waits for a reload.
      loadFlavorChoices(cloud, ctx).catch(() => null),
    ]);
    return { ctx, subnets, securityGroups, flavors };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This protected instance could not be loaded" />;
  const { ctx, subnets, securityGroups, flavors } = loaded.data;
  const { instance: pi, group, production, dr, nics } = ctx;
  const blocked = (permission: Permission, verdict: Verdict) =>
    deniedReason(session.role, permission) ?? verdictText(verdict);
  const stateBlocked = (allowed: string[], code: string) => checkSteady(group.status, pi.status, code, allowed);

  const attached = attachedPairs(ctx);
  const kept = pairsOfInstance(ctx);
  const free = attachablePairs(ctx);
  const devices = freeDevices(usedDevices(ctx));
  const productionStopped = production?.status === 'SHUTOFF';
  const subnetOf = (ip: string) => subnets.find((s) => ipInCidr(ip, s.cidr))?.name ?? '—';
  const way = wayOut('instance', pi.status);

  const deleteControl = (
    <DeleteInstance
      instance={{ id: pi.id, name: pi.name }}
      drServerName={dr?.name ?? pi.target_server}
      pairNames={kept.map((p) => p.name)}
      blocked={blocked('delete-resource', checkDeleteInstance(pi.status, group.status))}
      action={actions.deleteProtectedInstance}
    />
  );
  const resizeControl = (
    <Resize
      instanceId={pi.id}
      production={{
        name: production?.name ?? 'production server',
        flavorId: production?.flavor.id ?? '',
        running: !productionStopped,
      }}
      dr={{ name: dr?.name ?? 'DR server', flavorId: dr?.flavor.id ?? '', running: dr?.status !== 'SHUTOFF' }}
      flavors={flavors ?? []}
      blocked={
        blocked('change-resource', stateBlocked(RESIZABLE_INSTANCE, 'SDRS.1328')) ??
        (flavors ? null : 'The flavors could not be read from the cloud; reload the page to try again.')
      }
      action={actions.resizeInstance}
    />
  );

  return (
    <>
      <Breadcrumbs up={[{ href: '/protected-instances', label: 'Protected instances' }]} here={pi.name} />
      <PageHeader
        title={pi.name}
        description={pi.description ?? undefined}
        actions={
          <div className="flex items-start gap-3">
            <StatusBadge status={pi.status} />
            <RenameButton
              targetId={pi.id}
              current={pi.name}
              blocked={deniedReason(session.role, 'rename-resource')}
              action={actions.renameProtectedInstance}
            />
          </div>
        }
      />
      {way ? (
        <WayOutPanel wayOut={way}>
          {way.action === 'delete-instance' ? (
            <>
              {deleteControl}
              {kept.length > 0 ? (
                <p>
                  Then delete its replication pairs, which stay behind and keep the disks from being paired again:{' '}
                  {kept.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/replication-pairs/${p.id}`} className="underline">
                        {p.name}
                      </Link>
                    </span>
                  ))}
                  .
                </p>
              ) : null}
              <p>
                Then{' '}
                <Link href={`/protected-instances/new?group=${group.id}`} className="underline">
                  protect the server again
                </Link>
                .
              </p>
            </>
          ) : way.action === 'resize' ? (
            resizeControl
          ) : way.action === 'group-action' ? (
            <Link href={`/protection-groups/${group.id}`} className="underline">
              Open {group.name} to run {way.label}
            </Link>
          ) : (
            <p>Use {way.label} on the disk below.</p>
          )}
        </WayOutPanel>
      ) : null}
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
            'Production server (now)',
            <span key="p" title={production?.id}>
              {production ? `${production.name}: ${production.flavor.id}, ${production.status}` : '—'}
            </span>,
          ],
          [
            'DR server (now)',
            <span key="d" title={dr?.id}>
              {dr ? `${dr.name}: ${dr.flavor.id}, ${dr.status}` : '—'}
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

      <section aria-labelledby="disks-heading" className="mt-8">
        <h2 id="disks-heading" className="mb-2 text-lg font-semibold">
          Replicated disks ({pi.attachment.length})
        </h2>
        <ul className="space-y-2">
          {attached.map((a) => (
            <li
              key={a.replication}
              className="flex flex-wrap items-start gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm"
            >
              <code className="pt-2">{a.device}</code>
              <Link href={`/replication-pairs/${a.replication}`} className="pt-2 underline">
                {a.pair?.name ?? a.replication}
              </Link>
              {a.pair ? <StatusBadge status={a.pair.status} /> : null}
              <DetachPair
                instanceId={pi.id}
                pair={{ id: a.replication, name: a.pair?.name ?? a.replication }}
                device={a.device}
                blocked={blocked(
                  'change-resource',
                  checkDetach({
                    groupStatus: group.status,
                    instanceStatus: pi.status,
                    pairStatus: a.pair?.status ?? 'unknown',
                    device: a.device,
                    serverStatus: production?.status ?? 'UNKNOWN',
                  }),
                )}
                action={actions.detachPair}
              />
            </li>
          ))}
        </ul>
        <div className="mt-3">
          <AttachPair
            instanceId={pi.id}
            pairs={free.map((p) => ({
              id: p.id,
              name: p.name,
              detail: `${p.record_metadata?.volume_size ?? '?'} GB${p.record_metadata?.multiattach ? ', shared' : ''}`,
            }))}
            devices={devices}
            serverStopped={productionStopped}
            blocked={
              deniedReason(session.role, 'change-resource') ??
              verdictText(stateBlocked(STEADY, 'SDRS.1328')) ??
              (free.length === 0 ? 'No replication pair of the group is free to attach: create one first.' : null)
            }
            action={actions.attachPair}
          />
        </div>
      </section>

      <section aria-labelledby="nics-heading" className="mt-8">
        <h2 id="nics-heading" className="mb-2 text-lg font-semibold">
          NICs ({nics.length} of at most {MAX_NICS})
        </h2>
        <ul className="space-y-2">
          {nics.map((nic) => (
            <li
              key={nic.portId}
              className="flex flex-wrap items-start gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm"
            >
              <span className="pt-2 font-medium">{nic.ip}</span>
              <span className="pt-2 text-slate-700">{subnetOf(nic.ip)}</span>
              {nic.primary ? <span className="pt-2 text-slate-700">primary NIC</span> : null}
              <DeleteNic
                instanceId={pi.id}
                nic={nic}
                blocked={blocked(
                  'change-resource',
                  checkDeleteNic({ groupStatus: group.status, instanceStatus: pi.status, nic }),
                )}
                action={actions.deleteInstanceNic}
              />
            </li>
          ))}
        </ul>
        <div className="mt-3">
          <AddNic
            instanceId={pi.id}
            subnets={subnets.map((s) => ({ id: s.id, name: s.name, cidr: s.cidr, gateway: s.gateway_ip }))}
            securityGroups={securityGroups.map((g) => ({ id: g.id, name: g.name }))}
            blocked={
              deniedReason(session.role, 'change-resource') ??
              verdictText(checkNicChange(group.status, pi.status)) ??
              (nics.length >= MAX_NICS ? `The server has ${MAX_NICS} NICs, the most it can have (SDRS.1340).` : null)
            }
            action={actions.addInstanceNic}
          />
        </div>
      </section>

      <section aria-labelledby="flavor-heading" className="mt-8">
        <h2 id="flavor-heading" className="mb-2 text-lg font-semibold">
          Flavor
        </h2>
        <p className="mb-2 text-sm text-slate-700">
          Production {production?.flavor.id ?? '—'}, DR {dr?.flavor.id ?? '—'}. Servers must be stopped to change it.
        </p>
        {way?.action === 'resize' ? null : resizeControl}
      </section>

      <section aria-labelledby="tags-heading" className="mt-8">
        <h2 id="tags-heading" className="mb-2 text-lg font-semibold">
          Tags ({pi.tags.length})
        </h2>
        <EditTags
          instanceId={pi.id}
          tags={pi.tags.map((t) => ({ key: t.key, value: t.value }))}
          blocked={blocked('manage-tags', checkTags({ instanceStatus: pi.status, count: 0 }))}
          action={actions.editInstanceTags}
        />
      </section>

      {way?.action === 'delete-instance' ? null : (
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
