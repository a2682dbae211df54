import Link from 'next/link';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { DetailList } from '@/components/ui/detail-list';
import { faultLevelInfo } from '@/lib/dr/fault-levels';
import { drAzOf, productionAzOf } from '@/lib/dr/preflight';
import type { ReplicationPair, ServerGroup } from '@/lib/otc/schemas';

/** Where production runs now, in words: `priority_station` says which of the two sites it is. */
export const productionInWords = (g: ServerGroup) =>
  g.priority_station === 'source'
    ? `${productionAzOf(g)}, the original production site`
    : `${productionAzOf(g)}, the original DR site (after a switchover or failover)`;

/** The group's state at a glance: status, where production runs, sync progress, health, pairs in trouble. */
export function GroupGlance({
  group: g,
  pairs,
  vpcName,
}: {
  group: ServerGroup;
  pairs: ReplicationPair[];
  vpcName: string;
}) {
  const syncing = g.replication_status === 'copying';
  const troubled = pairs.filter((p) => faultLevelInfo(p.fault_level).alarming);
  return (
    <div className="space-y-3">
      <DetailList
        items={[
          ['Status', <StatusBadge key="s" status={g.status} />],
          ['Production runs in', productionInWords(g)],
          ['DR site', drAzOf(g)],
          [
            'Replication',
            <span key="r" className="inline-flex flex-wrap items-center gap-2">
              <ReplicationBadge status={g.replication_status} />
              {syncing ? (
                <span className="inline-flex items-center gap-2">
                  <progress
                    className="h-2 w-40"
                    max={100}
                    value={g.progress}
                    aria-label={`Synchronization of ${g.name}`}
                  />
                  {g.progress}%
                </span>
              ) : null}
            </span>,
          ],
          ['Protection', g.protected_status === 'started' ? 'Enabled' : 'Disabled'],
          ['Health', g.health_status ?? '—'],
          [
            'VPC',
            <span key="v" title={g.source_vpc_id}>
              {vpcName}
            </span>,
          ],
          ['Direction at creation', `${g.source_availability_zone} → ${g.target_availability_zone}`],
        ]}
      />
      {troubled.length > 0 ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950">
          <p className="font-semibold">Replication pairs in trouble</p>
          <ul className="mt-1 list-disc pl-5">
            {troubled.map((p) => (
              <li key={p.id}>
                <Link href={`/replication-pairs/${p.id}`} className="underline">
                  {p.name}
                </Link>
                : {faultLevelInfo(p.fault_level).label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** What the user guide says to do once production has moved (switchover or failover). */
export function AfterFailoverChecklist({ group: g }: { group: ServerGroup }) {
  return (
    <section
      aria-labelledby="checklist-heading"
      className="mt-6 rounded-md border border-blue-300 bg-blue-50 p-4 text-sm"
    >
      <h2 id="checklist-heading" className="font-semibold">
        Production now runs at {productionAzOf(g)}: what to check
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>Start the servers at {productionAzOf(g)} (below, under Servers) and check the applications.</li>
        <li>
          Not copied to the DR servers: hostname, name, agency, ECS group, security groups, tags and auto recovery. Set
          them again where you need them.
        </li>
        <li>Check EIPs and key pairs: bind the EIPs to the servers that now run production.</li>
      </ol>
    </section>
  );
}
