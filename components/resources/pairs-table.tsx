'use client';

import Link from 'next/link';
import { groupColumn, nameColumn, replicationColumn, statusColumn } from '@/components/ui/columns';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import type { PairRow } from './pair-row';

const columns: ListColumn<PairRow>[] = [
  nameColumn(
    (r) => r.name,
    (r) => `/replication-pairs/${r.id}`,
  ),
  statusColumn(),
  replicationColumn(),
  groupColumn(),
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
