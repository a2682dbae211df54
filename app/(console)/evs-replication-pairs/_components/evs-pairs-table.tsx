'use client';

import { nameColumn, replicationColumn, statusColumn } from '@/components/ui/columns';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { EvsPairRow } from './evs-pair-row';

const columns: ListColumn<EvsPairRow>[] = [
  nameColumn(
    (r) => r.name,
    (r) => `/evs-replication-pairs/${r.id}`,
  ),
  statusColumn(),
  replicationColumn(),
  { id: 'production_az', header: 'Production AZ', enableSorting: false, accessorFn: (r) => r.productionAz },
  {
    id: 'production_disk',
    header: 'Production disk',
    enableSorting: false,
    accessorFn: (r) => r.productionDisk,
    cell: ({ row }) => <code className="text-xs">{row.original.productionDisk}</code>,
  },
  {
    id: 'dr_disk',
    header: 'DR disk',
    enableSorting: false,
    accessorFn: (r) => r.drDisk,
    cell: ({ row }) => <code className="text-xs">{row.original.drDisk}</code>,
  },
  { id: 'failure', header: 'Failure', enableSorting: false, accessorFn: (r) => r.failureDetail ?? '—' },
  { id: 'created', header: 'Created', accessorFn: (r) => r.created },
];

export function EvsPairsTable({ rows, sort }: { rows: EvsPairRow[]; sort?: { id: string; desc: boolean } }) {
  return <DataTable caption="EVS replication pairs" columns={columns} data={rows} sort={sort} rowId={(r) => r.id} />;
}
