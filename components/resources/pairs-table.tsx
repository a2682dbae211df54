'use client';

import Link from 'next/link';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { PairRow } from './pair-row';

const columns: ListColumn<PairRow>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (r) => r.name,
    cell: ({ row }) => (
      <Link href={`/replication-pairs/${row.original.id}`} className="font-medium underline underline-offset-2">
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
  { id: 'size', header: 'Disk', enableSorting: false, accessorFn: (r) => r.size },
  {
    id: 'attached',
    header: 'Attached to',
    enableSorting: false,
    accessorFn: (r) => r.attachedTo?.name ?? '',
    cell: ({ row }) => {
      const a = row.original.attachedTo;
      return a ? (
        <Link href={`/protected-instances/${a.id}`} className="underline underline-offset-2">
          {a.name} ({a.device})
        </Link>
      ) : (
        <span className="text-slate-600">Not attached</span>
      );
    },
  },
  { id: 'fault', header: 'Fault', enableSorting: false, accessorFn: (r) => r.faultLevel },
  { id: 'created', header: 'Created', accessorFn: (r) => r.created },
];

export function PairsTable({
  rows,
  sort,
  sortable,
}: {
  rows: PairRow[];
  sort?: { id: string; desc: boolean };
  sortable?: boolean;
}) {
  return (
    <DataTable
      caption="Replication pairs"
      columns={columns}
      data={rows}
      sort={sort}
      rowId={(r) => r.id}
      sortable={sortable}
    />
  );
}
