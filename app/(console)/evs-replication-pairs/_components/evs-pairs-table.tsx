'use client';

import Link from 'next/link';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { EvsPairRow } from './evs-pair-row';

const columns: ListColumn<EvsPairRow>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    cell: ({ row }) => (
      <Link href={`/evs-replication-pairs/${row.original.id}`} className="font-medium underline underline-offset-2">
        {row.original.name}
      </Link>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    accessorFn: (r) => r.status,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  },
  {
    id: 'replication',
    header: 'Replication',
    enableSorting: false,
    accessorFn: (r) => r.replicationStatus,
    cell: ({ row }) => <ReplicationBadge status={row.original.replicationStatus} />,
  },
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
