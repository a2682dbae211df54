import type { Metadata } from 'next';
import { PAIR_SORT_KEYS, toPairRow } from '@/components/resources/pair-row';
import { CreateLink } from '@/components/resources/create-link';
import { PairsTable } from '@/components/resources/pairs-table';
import { ListSection } from '@/components/ui/list-section';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { STATUS_FILTERS, statusInfo } from '@/lib/dr/status-map';
import { parseListParams } from '@/lib/list/list-params';
import { load } from '@/lib/list/load';
import { groupNames, instanceNames } from '@/lib/list/names';
import { listReplicationPairs } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';

export const metadata: Metadata = { title: 'Replication pairs' };

const PATH = '/replication-pairs';

export default async function ReplicationPairsPage(props: PageProps<'/replication-pairs'>) {
  const session = await requireSession();
  const params = parseListParams(await props.searchParams);
  const cloud = await cloudFor(session);
  const loaded = await load(async () => {
    const [pairs, groups, instances] = await Promise.all([
      listReplicationPairs(cloud, { status: params.status, name: params.name }),
      groupNames(cloud),
      instanceNames(cloud),
    ]);
    return pairs.map((p) => toPairRow(p, groups, instances));
  });
  return (
    <>
      <PageHeader
        title="Replication pairs"
        description="A replication pair copies one production disk synchronously to a DR disk in the other AZ."
        actions={
          <CreateLink
            href="/replication-pairs/new"
            label="Create replication pair"
            role={session.role}
            permission="create-replication-pair"
          />
        }
      />
      <ListToolbar path={PATH} params={params} statuses={STATUS_FILTERS.pair} />
      <ListSection
        path={PATH}
        params={params}
        loaded={loaded}
        noun="replication pairs"
        emptyHint="Pairs are created with each protected instance, or on their own for a spare disk."
        isRunning={(row) => statusInfo(row.status).running}
        sortKeys={PAIR_SORT_KEYS}
        table={(rows, sort) => <PairsTable rows={rows} sort={sort} />}
      />
    </>
  );
}
