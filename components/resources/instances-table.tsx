'use client';

import { groupColumn, nameColumn, statusColumn } from '@/components/ui/columns';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { InstanceRow } from './instance-row';

const columns: ListColumn<InstanceRow>[] = [
  nameColumn(
    (r) => r.name,
    (r) => `/protected-instances/${r.id}`,
  ),
  statusColumn(),
  groupColumn(),
  { id: 'pairs', header: 'Pairs', accessorFn: (r) => r.pairs },
  { id: 'station', header: 'Production runs on', enableSorting: false, accessorFn: (r) => r.station },
  { id: 'tags', header: 'Tags', enableSorting: false, accessorFn: (r) => r.tags || '—' },
  { id: 'created', header: 'Created', accessorFn: (r) => r.created },
];

export function InstancesTable({
  rows,
  sort,
  sortable,
}: {
  rows: InstanceRow[];
  sort?: { id: string; desc: boolean };
  sortable?: boolean;
}) {
  return (
    <DataTable
      caption="Protected instances"
      columns={columns}
      data={rows}
      sort={sort}
      rowId={(r) => r.id}
      sortable={sortable}
    />
  );
}
