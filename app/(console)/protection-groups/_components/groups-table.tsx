'use client';

import { nameColumn, replicationColumn, statusColumn } from '@/components/ui/columns';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { GroupRow } from './group-row';

const columns: ListColumn<GroupRow>[] = [
  nameColumn(
    (r) => r.name,
    (r) => `/protection-groups/${r.id}`,
  ),
  statusColumn(),
  replicationColumn(),
  { id: 'production_az', header: 'Production AZ', accessorFn: (r) => r.productionAz },
  { id: 'dr_az', header: 'DR AZ', enableSorting: false, accessorFn: (r) => r.drAz },
  { id: 'instances', header: 'Instances', accessorFn: (r) => r.instances },
  { id: 'pairs', header: 'Pairs', accessorFn: (r) => r.pairs },
  { id: 'created', header: 'Created', accessorFn: (r) => r.created },
];

export function GroupsTable({ rows, sort }: { rows: GroupRow[]; sort?: { id: string; desc: boolean } }) {
  return <DataTable caption="Protection groups" columns={columns} data={rows} sort={sort} rowId={(r) => r.id} />;
}
