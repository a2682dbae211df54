'use client';

import Link from 'next/link';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { GroupRow } from './group-row';

const columns: ListColumn<GroupRow>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    cell: ({ row }) => (
      <Link href={`/protection-groups/${row.original.id}`} className="font-medium underline underline-offset-2">
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
    cell: ({ row }) => (
      <span className="inline-flex items-center gap-2">
        <ReplicationBadge status={row.original.replicationStatus} />
        {row.original.replicationStatus === 'copying' ? <span>{row.original.progress}%</span> : null}
      </span>
    ),
  },
  { id: 'production_az', header: 'Production AZ', accessorFn: (r) => r.productionAz },
  { id: 'dr_az', header: 'DR AZ', enableSorting: false, accessorFn: (r) => r.drAz },
  { id: 'instances', header: 'Instances', accessorFn: (r) => r.instances },
  { id: 'pairs', header: 'Pairs', accessorFn: (r) => r.pairs },
  { id: 'created', header: 'Created', accessorFn: (r) => r.created },
];

export function GroupsTable({ rows, sort }: { rows: GroupRow[]; sort?: { id: string; desc: boolean } }) {
  return <DataTable caption="Protection groups" columns={columns} data={rows} sort={sort} rowId={(r) => r.id} />;
}
