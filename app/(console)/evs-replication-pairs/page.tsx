import type { Metadata } from 'next';
import { CreateLink } from '@/components/resources/create-link';
import { DeprecatedApiNotice } from '@/components/resources/deprecated-api-notice';
import { ListSection } from '@/components/ui/list-section';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { STATUS_FILTERS, statusInfo } from '@/lib/dr/status-map';
import { parseListParams } from '@/lib/list/list-params';
import { load } from '@/lib/list/load';
import { listEvsReplicationPairs, listVolumes } from '@/lib/otc/evs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { EVS_PAIR_SORT_KEYS, toEvsPairRow } from './_components/evs-pair-row';
import { EvsPairsTable } from './_components/evs-pairs-table';

export const metadata: Metadata = { title: 'EVS replication pairs' };

const PATH = '/evs-replication-pairs';

export default async function EvsReplicationPairsPage(props: PageProps<'/evs-replication-pairs'>) {
  const session = await requireSession();
  const params = parseListParams(await props.searchParams);
  const loaded = await load(async () => {
    const cloud = await cloudFor(session);
    const [pairs, volumes] = await Promise.all([
      listEvsReplicationPairs(cloud, { status: params.status }),
      listVolumes(cloud),
    ]);
    const diskNames = new Map(volumes.map((v) => [v.id, v.name || v.id]));
    // The EVS API filters names exactly; the console filters by "contains" like the SDRS lists.
    const needle = params.name?.toLowerCase();
    return pairs.filter((p) => !needle || p.name.toLowerCase().includes(needle)).map((p) => toEvsPairRow(p, diskNames));
  });
  return (
    <>
      <PageHeader
        title="EVS replication pairs"
        description="Disk pairs made with the deprecated EVS replication API."
        actions={
          <CreateLink
            href="/evs-replication-pairs/new"
            label="Create EVS replication pair"
            role={session.role}
            permission="create-replication-pair"
          />
        }
      />
      <DeprecatedApiNotice />
      <ListToolbar path={PATH} params={params} statuses={STATUS_FILTERS.evsPair} />
      <ListSection
        path={PATH}
        params={params}
        loaded={loaded}
        noun="EVS replication pairs"
        emptyHint="Pairs made with the EVS API appear here."
        isRunning={(row) => statusInfo(row.status).running}
        sortKeys={EVS_PAIR_SORT_KEYS}
        table={(rows, sort) => <EvsPairsTable rows={rows} sort={sort} />}
      />
    </>
  );
}
