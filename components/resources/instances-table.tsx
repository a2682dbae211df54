'use client';

import Link from 'next/link';
import { StatusBadge } from '@/components/status/status-badge';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { InstanceRow } from './instance-row';

const columns: ListColumn<InstanceRow>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    cell: ({ row }) => (
      <Link href={`/protected-instances/${row.original.id}`} className="font-medium underline underline-offset-2">
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
    id: 'group',
    header: 'Protection group',
    accessorFn: (r) => r.groupName,
    cell: ({ row }) => (
      <Link href={`/protection-groups/${row.original.groupId}`} className="underline underline-offset-2">
        {row.original.groupName}
      </Link>
    ),
  },
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
