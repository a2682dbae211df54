'use client';

import { useMemo, useState } from 'react';
import { groupColumn, nameColumn, statusColumn } from '@/components/ui/columns';
import { DataTable, type ListColumn } from '@/components/ui/data-table';
import { BatchDelete } from './batch-delete';
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
  batchDelete,
}: {
  rows: InstanceRow[];
  sort?: { id: string; desc: boolean };
  sortable?: boolean;
  /** Rows can be selected and deleted together. */
  batchDelete?: { blocked: string | null; action: Parameters<typeof BatchDelete>[0]['action'] };
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const withSelection = useMemo<ListColumn<InstanceRow>[]>(
    () =>
      batchDelete
        ? [
            {
              id: 'select',
              header: () => <span className="sr-only">Select</span>,
              enableSorting: false,
              cell: ({ row }) => (
                <input
                  type="checkbox"
                  aria-label={`Select ${row.original.name}`}
                  checked={selected.has(row.original.id)}
                  onChange={(e) => toggle(row.original.id, e.target.checked)}
                />
              ),
            },
            ...columns,
          ]
        : columns,
    [batchDelete, selected],
  );
  const chosen = rows.filter((r) => selected.has(r.id));
  return (
    <>
      {batchDelete ? (
        <div className="mb-3">
          <BatchDelete
            items={chosen.map((r) => ({ id: r.id, name: r.name, problem: r.deleteProblem }))}
            blocked={batchDelete.blocked}
            action={batchDelete.action}
          />
        </div>
      ) : null}
      <DataTable
        caption="Protected instances"
        columns={withSelection}
        data={rows}
        sort={sort}
        rowId={(r) => r.id}
        sortable={sortable}
      />
    </>
  );
}
