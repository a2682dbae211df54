import type { Metadata } from 'next';
import { CreateLink } from '@/components/resources/create-link';
import { ListSection } from '@/components/ui/list-section';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { STATUS_FILTERS, statusInfo } from '@/lib/dr/status-map';
import { parseListParams } from '@/lib/list/list-params';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { noteOutsideOperations } from '@/lib/jobs/server/outside';
import { GROUP_SORT_KEYS, toGroupRow } from './_components/group-row';
import { GroupsTable } from './_components/groups-table';

export const metadata: Metadata = { title: 'Protection groups' };

const PATH = '/protection-groups';

export default async function ProtectionGroupsPage(props: PageProps<'/protection-groups'>) {
  const session = await requireSession();
  const params = parseListParams(await props.searchParams);
  const loaded = await load(async () => {
    const groups = await listProtectionGroups(await cloudFor(session), { status: params.status, name: params.name });
    await noteOutsideOperations(session, groups);
    return groups.map(toGroupRow);
  });
  return (
    <>
      <PageHeader
        title="Protection groups"
        description="A protection group replicates a set of servers from a production AZ to a DR AZ. Switchover, failover and re-protect act on a whole group."
        actions={
          <CreateLink
            href="/protection-groups/new"
            label="Create protection group"
            role={session.role}
            permission="create-protection-group"
          />
        }
      />
      <ListToolbar path={PATH} params={params} statuses={STATUS_FILTERS.group} />
      <ListSection
        path={PATH}
        params={params}
        loaded={loaded}
        noun="protection groups"
        emptyHint="Protection groups created in this project appear here."
        isRunning={(row) => statusInfo(row.status).running}
        sortKeys={GROUP_SORT_KEYS}
        table={(rows, sort) => <GroupsTable rows={rows} sort={sort} />}
      />
    </>
  );
}
