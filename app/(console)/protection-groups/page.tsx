import type { Metadata } from 'next';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { requireSession } from '@/lib/auth/page-guard';
import { STATUS_FILTERS } from '@/lib/dr/status-map';
import { parseListParams } from '@/lib/list/list-params';
import { tableSort } from '@/lib/list/list-view';
import { load } from '@/lib/list/load';
import { sortAndPage } from '@/lib/list/sort-page';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { GROUP_SORT_KEYS, toGroupRow } from './_components/group-row';
import { GroupsTable } from './_components/groups-table';

export const metadata: Metadata = { title: 'Protection groups' };

const PATH = '/protection-groups';

export default async function ProtectionGroupsPage(props: PageProps<'/protection-groups'>) {
  const session = await requireSession();
  const params = parseListParams(await props.searchParams);
  const result = await load(() =>
    listProtectionGroups(cloudFor(session), { status: params.status, name: params.name }),
  );

  return (
    <>
      <PageHeader
        title="Protection groups"
        description="A protection group replicates a set of servers from a production AZ to a DR AZ. Switchover, failover and re-protect act on a whole group."
      />
      <ListToolbar path={PATH} params={params} statuses={STATUS_FILTERS.group} />
      {!result.ok ? (
        <CloudErrorPanel error={result.error} title="Protection groups could not be loaded" />
      ) : result.data.length === 0 ? (
        <EmptyState
          title={
            params.name || params.status ? 'No protection group matches these filters' : 'No protection groups yet'
          }
        >
          {params.name || params.status
            ? 'Clear the filters to see every group.'
            : 'Protection groups created in this project appear here.'}
        </EmptyState>
      ) : (
        (() => {
          const page = sortAndPage(result.data.map(toGroupRow), params, GROUP_SORT_KEYS);
          return (
            <>
              <GroupsTable rows={page.rows} sort={tableSort(params, GROUP_SORT_KEYS)} />
              <Pagination path={PATH} params={params} page={page} noun="protection groups" />
            </>
          );
        })()
      )}
    </>
  );
}
