'use client';

import Link from 'next/link';
import { ReplicationBadge, StatusBadge } from '@/components/status/status-badge';
import type { RowData } from '@tanstack/react-table';
import type { ListColumn } from './data-table';

type Row = RowData & object;

/** The name column: a link to the row's detail page. */
export function nameColumn<T extends Row>(label: (r: T) => string, href: (r: T) => string): ListColumn<T> {
  return {
    id: 'name',
    header: 'Name',
    accessorFn: label,
    cell: ({ row }) => (
      <Link href={href(row.original)} className="font-medium underline underline-offset-2">
        {label(row.original)}
      </Link>
    ),
  };
}

export function statusColumn<T extends Row & { status: string }>(): ListColumn<T> {
  return {
    id: 'status',
    header: 'Status',
    accessorFn: (r) => r.status,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  };
}

/** Replication status, with the sync percentage while it copies. */
export function replicationColumn<
  T extends Row & { replicationStatus: string | null; progress?: number },
>(): ListColumn<T> {
  return {
    id: 'replication',
    header: 'Replication',
    enableSorting: false,
    accessorFn: (r) => r.replicationStatus,
    cell: ({ row }) => (
      <span className="inline-flex items-center gap-2">
        <ReplicationBadge status={row.original.replicationStatus} />
        {row.original.replicationStatus === 'copying' && row.original.progress !== undefined ? (
          <span>{row.original.progress}%</span>
        ) : null}
      </span>
    ),
  };
}

/** A link to the protection group a row belongs to. */
export function groupColumn<T extends Row & { groupId: string; groupName: string }>(): ListColumn<T> {
  return {
    id: 'group',
    header: 'Protection group',
    accessorFn: (r) => r.groupName,
    cell: ({ row }) => (
      <Link href={`/protection-groups/${row.original.groupId}`} className="underline underline-offset-2">
        {row.original.groupName}
      </Link>
    ),
  };
}
