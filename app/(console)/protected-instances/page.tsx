import type { Metadata } from 'next';
import { INSTANCE_SORT_KEYS, toInstanceRow } from '@/components/resources/instance-row';
import { CreateLink } from '@/components/resources/create-link';
import { InstancesTable } from '@/components/resources/instances-table';
import { ListSection } from '@/components/ui/list-section';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { checkDeleteInstance, verdictText } from '@/lib/dr/cycle-rules';
import { STATUS_FILTERS, statusInfo } from '@/lib/dr/status-map';
import { parseListParams } from '@/lib/list/list-params';
import { load } from '@/lib/list/load';
import { listProtectedInstances, listProtectionGroups } from '@/lib/otc/sdrs';
import { findInstancesByTags } from '@/lib/otc/sdrs-instances';
import { cloudFor } from '@/lib/otc/session-cloud';
import { parseTagQuery } from '@/lib/schemas/day-two';
import { deleteProtectedInstances } from './actions';

export const metadata: Metadata = { title: 'Protected instances' };

const PATH = '/protected-instances';

export default async function ProtectedInstancesPage(props: PageProps<'/protected-instances'>) {
  const session = await requireSession();
  const params = parseListParams(await props.searchParams);
  const tags = parseTagQuery(params.tags);
  const cloud = await cloudFor(session);
  const loaded = await load(async () => {
    const [instances, groups] = await Promise.all([
      // A tag search asks the cloud's tag query (all tags must match); the other filters then apply here.
      tags.length > 0
        ? findInstancesByTags(cloud, tags).then((found) =>
            found.filter(
              (pi) =>
                (!params.status || pi.status === params.status) &&
                (!params.name || pi.name.toLowerCase().includes(params.name.toLowerCase())),
            ),
          )
        : listProtectedInstances(cloud, { status: params.status, name: params.name }),
      listProtectionGroups(cloud),
    ]);
    const names = new Map(groups.map((g) => [g.id, g.name]));
    const statuses = new Map(groups.map((g) => [g.id, g.status]));
    return instances.map((pi) =>
      toInstanceRow(
        pi,
        names,
        verdictText(checkDeleteInstance(pi.status, statuses.get(pi.server_group_id) ?? 'unknown')),
      ),
    );
  });
  return (
    <>
      <PageHeader
        title="Protected instances"
        description="A protected instance pairs a production server with a stopped DR server in the other AZ, and replicates each of its disks."
        actions={
          <CreateLink
            href="/protected-instances/new"
            label="Create protected instance"
            role={session.role}
            permission="create-protected-instance"
          />
        }
      />
      <ListToolbar path={PATH} params={params} statuses={STATUS_FILTERS.instance} tagSearch />
      <ListSection
        path={PATH}
        params={params}
        loaded={loaded}
        noun="protected instances"
        emptyHint="Servers protected in this project appear here."
        isRunning={(row) => statusInfo(row.status).running}
        sortKeys={INSTANCE_SORT_KEYS}
        table={(rows, sort) => (
          <InstancesTable
            rows={rows}
            sort={sort}
            batchDelete={{ blocked: deniedReason(session.role, 'delete-resource'), action: deleteProtectedInstances }}
          />
        )}
      />
    </>
  );
}
