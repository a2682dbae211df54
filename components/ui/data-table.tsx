'use client';

import {
  FlexRender,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';

export const listFeatures = tableFeatures({ rowSortingFeature });
export type ListColumn<T extends RowData> = ColumnDef<typeof listFeatures, T>;

interface DataTableProps<T extends RowData> {
  caption: string;
  columns: ListColumn<T>[];
  data: T[];
  /** The sort in the URL; sorting is done on the server over the whole result. */
  sort?: { id: string; desc: boolean };
  rowId: (row: T) => string;
  /** Off where one page shows several tables (the URL can hold only one sort). */
  sortable?: boolean;
}

export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  sort,
  rowId,
  sortable = true,
}: DataTableProps<T>) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.desc }] : [];

  const table = useTable({
    features: listFeatures,
    columns,
    data,
    getRowId: (row) => rowId(row),
    state: { sorting },
    manualSorting: true,
    enableSorting: sortable,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const q = new URLSearchParams(search.toString());
      q.delete('page');
      if (first) {
        q.set('sort', first.id);
        q.set('dir', first.desc ? 'desc' : 'asc');
      } else {
        q.delete('sort');
        q.delete('dir');
      }
      router.push(`${pathname}?${q.toString()}`);
    },
  });

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined
                    }
                    className="px-3 py-2 text-left font-semibold text-slate-800"
                  >
                    {canSort ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 hover:underline"
                      >
                        <FlexRender header={header} />
                        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-200">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2 align-top">
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
