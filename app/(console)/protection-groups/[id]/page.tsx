import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupServers } from '@/components/dr/group-servers';
import { GroupWatcher } from '@/components/dr/group-watcher';
import { toInstanceRow } from '@/components/resources/instance-row';
import { CreateLink } from '@/components/resources/create-link';
import { InstancesTable } from '@/components/resources/instances-table';
import { toPairRow } from '@/components/resources/pair-row';
import { PairsTable } from '@/components/resources/pairs-table';
import { StatusBadge } from '@/components/status/status-badge';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { ReadinessChecks } from '@/components/dr/readiness-checks';
import { VerdictBadge } from '@/components/status/verdict-badge';
import { loadReadiness } from '@/lib/dr/readiness-context';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { WayOutPanel } from '@/components/dr/way-out-panel';
import { wayOut } from '@/lib/dr/ways-out';
import { requireSession } from '@/lib/auth/page-guard';
import { can, deniedReason, type Permission } from '@/lib/auth/roles';
import type { Session } from '@/lib/auth/session';
import {
  checkDeleteDrill,
  checkGroupAction,
  drillVpcProblem,
  verdictText,
  type CycleAction,
} from '@/lib/dr/cycle-rules';
import { loadGroupContext, type GroupContext } from '@/lib/dr/group-context';
import { drAzOf, productionAzOf } from '@/lib/dr/preflight';
import { statusInfo } from '@/lib/dr/status-map';
import { formatCloudTime } from '@/lib/format';
import { jobTypeLabel } from '@/lib/jobs/job-types';
import { jobsForTarget } from '@/lib/jobs/server/ledger';
import { noteOutsideOperations } from '@/lib/jobs/server/outside';
import { load, loadOrNotFound } from '@/lib/list/load';
import type { Vpc } from '@/lib/otc/schemas';
import { cloudFor } from '@/lib/otc/session-cloud';
import { listVpcs } from '@/lib/otc/vpc';
import { AfterFailoverChecklist, GroupGlance } from './_components/group-glance';
import { GroupActions, type BlockedActions } from './_components/group-actions';
import { Drills, type DrillRow } from './_components/drills';
import * as actions from './actions';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Protection group' };

const TABS = [
  ['instances', 'Protected instances'],
  ['pairs', 'Replication pairs'],
  ['drills', 'DR drills'],
] as const;
type Tab = (typeof TABS)[number][0];

/**
 * The reason an action is off: the role first, then the rule with the code it prevents. A refusal
 * the dialog itself can clear (running servers, which its first step stops) leaves the button on.
 */
function blockedBy(
  session: Session,
  ctx: GroupContext,
  action: CycleAction,
  permission: Permission,
  dialogClears?: string,
): string | null {
  const verdict = checkGroupAction(action, ctx.facts);
  const cleared = !verdict.ok && verdict.code !== null && verdict.code === dialogClears;
  return deniedReason(session.role, permission) ?? (cleared ? null : verdictText(verdict));
}

function drillRows(session: Session, ctx: GroupContext, vpcs: Vpc[]): DrillRow[] {
  const instanceName = new Map(ctx.instances.map((i) => [i.id, i.name]));
  const vpcName = new Map(vpcs.map((v) => [v.id, v.name]));
  return ctx.drills.map((d) => ({
    id: d.id,
    name: d.name,
    status: d.status,
    vpcName: d.drill_vpc_id ? (vpcName.get(d.drill_vpc_id) ?? d.drill_vpc_id) : '—',
    created: formatCloudTime(d.created_at),
    servers: d.drill_servers.map((s) => ({
      instance: instanceName.get(s.protected_instance) ?? s.protected_instance,
      serverId: s.drill_server_id,
    })),
    deleteBlocked: deniedReason(session.role, 'delete-resource') ?? verdictText(checkDeleteDrill(d.status)),
    wayOut: wayOut('drill', d.status)?.text ?? null,
  }));
}

export default async function ProtectionGroupPage(props: PageProps<'/protection-groups/[id]'>) {
  const { id } = await props.params;
  const query = await props.searchParams;
  const tab: Tab = TABS.some(([t]) => t === query.tab) ? (query.tab as Tab) : 'instances';
  const session = await requireSession();
  const cloud = await cloudFor(session);
  const loaded = await loadOrNotFound(async () => {
    const [ctx, vpcs] = await Promise.all([loadGroupContext(cloud, id), listVpcs(cloud)]);
    return { ctx, vpcs };
  });
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title="This protection group could not be loaded" />;
  const { ctx, vpcs } = loaded.data;
  // Its own load: a check that cannot be read (a flavor list, say) does not take the page down.
  const readiness = await load(() => loadReadiness(cloud, session.projectId, { groupId: id }));
  const groupReadiness = readiness.ok ? readiness.data.groups[0] : undefined;
  const { group: g, instances, pairs } = ctx;
  const groupVpc = vpcs.find((v) => v.id === g.source_vpc_id);
  const groupNames = new Map([[g.id, g.name]]);
  const instanceNames = new Map(instances.map((i) => [i.id, i.name]));
  await noteOutsideOperations(session, [g]);
  const recentJobs = await jobsForTarget(session.projectId, g.id);
  const blocked: BlockedActions = {
    rename: deniedReason(session.role, 'run-group-action'),
    enable: blockedBy(session, ctx, 'enable', 'run-group-action'),
    disable: blockedBy(session, ctx, 'disable', 'run-group-action'),
    switchover: blockedBy(session, ctx, 'switchover', 'run-group-action', 'SDRS.1319'),
    failover: blockedBy(session, ctx, 'failover', 'run-group-action'),
    reprotect: blockedBy(session, ctx, 'reprotect', 'run-group-action', 'SDRS.1342'),
    deleteGroup: blockedBy(session, ctx, 'deleteGroup', 'delete-resource'),
  };
  const vpcChoices = vpcs.map((v) => ({
    id: v.id,
    label: v.name,
    detail: v.cidr,
    problem: drillVpcProblem(v, { vpcId: g.source_vpc_id, vpcCidr: groupVpc?.cidr ?? null }),
  }));
  const moved = g.priority_station === 'target' || g.status === 'failed-over';

  const groupWayOut = wayOut('group', g.status);
  return (
    <>
      <Breadcrumbs up={[{ href: '/protection-groups', label: 'Protection groups' }]} here={g.name} />
      <PageHeader
        title={g.name}
        description={g.description ?? undefined}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <CreateLink
              href={`/protected-instances/new?group=${g.id}`}
              label="Protect a server"
              role={session.role}
              permission="create-protected-instance"
            />
            <CreateLink
              href={`/replication-pairs/new?group=${g.id}`}
              label="Replicate a disk"
              role={session.role}
              permission="create-replication-pair"
            />
          </div>
        }
      />
      {/* Followed whether idle or not: an operation started anywhere shows within seconds. */}
      <GroupWatcher
        groupId={g.id}
        shown={{
          status: g.status,
          priority_station: g.priority_station,
          progress: g.progress,
          replication_status: g.replication_status,
        }}
      />
      <AutoRefresh
        active={[
          ...instances.map((i) => i.status),
          ...pairs.map((p) => p.status),
          ...ctx.drills.map((d) => d.status),
        ].some((st) => statusInfo(st).running)}
      />
      {groupWayOut ? (
        <WayOutPanel wayOut={groupWayOut}>
          <p>{groupWayOut.label} is under Actions below.</p>
        </WayOutPanel>
      ) : null}
      <GroupGlance
        group={g}
        pairs={pairs}
        vpcName={groupVpc ? `${groupVpc.name} (${groupVpc.cidr})` : g.source_vpc_id}
      />
      <section aria-labelledby="readiness-heading" className="mt-6">
        <h2 id="readiness-heading" className="mb-2 flex items-center gap-2 text-lg font-semibold">
          Readiness {groupReadiness ? <VerdictBadge verdict={groupReadiness.verdict} /> : null}
        </h2>
        {groupReadiness ? (
          <ReadinessChecks readiness={groupReadiness} />
        ) : !readiness.ok ? (
          <CloudErrorPanel error={readiness.error} title="Readiness could not be checked" />
        ) : null}
      </section>
      {recentJobs.length > 0 ? (
        <section aria-labelledby="jobs-heading" className="mt-6">
          <h2 id="jobs-heading" className="mb-2 text-lg font-semibold">
            Recent operations
          </h2>
          <ul className="space-y-1 text-sm">
            {recentJobs.map((j) => (
              <li key={j.id} className="flex items-center gap-2">
                <StatusBadge status={j.status} />
                <Link href={`/jobs/${j.id}`} className="underline">
                  {jobTypeLabel(j.jobType)}
                </Link>
                <span className="text-slate-600">by {j.userName}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <GroupActions
        group={{ id: g.id, name: g.name, productionAz: productionAzOf(g), drAz: drAzOf(g) }}
        blocked={blocked}
        leftovers={[
          [instances.length, 'protected instance', 'instances'],
          [pairs.length, 'replication pair', 'pairs'],
          [ctx.drills.length, 'DR drill', 'drills'],
        ]
          .filter(([count]) => Number(count) > 0)
          .map(([count, what, tabKey]) => ({
            label: `${count} ${what}${count === 1 ? '' : 's'}`,
            href: `/protection-groups/${g.id}?tab=${tabKey}`,
          }))}
        servers={ctx.servers}
        actions={actions}
      />
      {moved && g.status !== 'reversing' && g.status !== 'failing-over' ? <AfterFailoverChecklist group={g} /> : null}
      <section aria-labelledby="servers-heading" className="mt-6">
        <h2 id="servers-heading" className="mb-2 text-lg font-semibold">
          Servers
        </h2>
        <GroupServers
          groupId={g.id}
          initial={ctx.servers}
          powerServers={actions.powerServers}
          canPower={can(session.role, 'run-group-action')}
        />
      </section>
      <nav aria-label="Members of the group" className="mt-8 flex gap-4 border-b border-slate-300">
        {TABS.map(([key, label]) => {
          const count = key === 'instances' ? instances.length : key === 'pairs' ? pairs.length : ctx.drills.length;
          return (
            <Link
              key={key}
              href={`/protection-groups/${g.id}?tab=${key}`}
              aria-current={tab === key ? 'page' : undefined}
              className={`-mb-px border-b-2 px-1 pb-2 text-sm ${tab === key ? 'border-slate-900 font-semibold' : 'border-transparent text-slate-700'}`}
            >
              {label} ({count})
            </Link>
          );
        })}
      </nav>
      <div className="mt-4">
        {tab === 'instances' ? (
          instances.length === 0 ? (
            <EmptyState title="No protected instances in this group">Protect a server to start.</EmptyState>
          ) : (
            <InstancesTable rows={instances.map((pi) => toInstanceRow(pi, groupNames))} sortable={false} />
          )
        ) : tab === 'pairs' ? (
          pairs.length === 0 ? (
            <EmptyState title="No replication pairs in this group">
              Protection can be enabled once the group has at least one pair.
            </EmptyState>
          ) : (
            <PairsTable rows={pairs.map((p) => toPairRow(p, groupNames, instanceNames))} sortable={false} />
          )
        ) : (
          <Drills
            groupId={g.id}
            drills={drillRows(session, ctx, vpcs)}
            vpcs={vpcChoices}
            createBlocked={blockedBy(session, ctx, 'createDrill', 'run-group-action')}
            syncWarning={
              g.replication_status === 'copying'
                ? 'The first full synchronization has not finished: a drill now would not show what a failover would.'
                : null
            }
            actions={actions}
          />
        )}
      </div>
    </>
  );
}
