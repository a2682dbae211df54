import type { ReactNode } from 'react';
import { listHref, type ListParams } from '@/lib/list/list-params';
import { tableSort } from '@/lib/list/list-view';
import type { Loaded } from '@/lib/list/load';
import { sortAndPage, type SortKeys } from '@/lib/list/sort-page';
import { AutoRefresh } from './auto-refresh';
import { CloudErrorPanel } from './cloud-error-panel';
import { EmptyState } from './empty-state';
import { Pagination } from './pagination';

interface ListSectionProps<R> {
  /** Rows still changing make the page refresh itself. */
  isRunning?: (row: R) => boolean;
  path: string;
  params: ListParams;
  loaded: Loaded<R[]>;
  noun: string;
  emptyHint: string;
  sortKeys: SortKeys<R>;
  table: (rows: R[], sort: { id: string; desc: boolean } | undefined) => ReactNode;
}

/** A list's body: the cloud error, the empty state, or one sorted page with its pagination. */
export function ListSection<R>({
  path,
  params,
  loaded,
  noun,
  emptyHint,
  sortKeys,
  table,
  isRunning,
}: ListSectionProps<R>) {
  if (!loaded.ok) return <CloudErrorPanel error={loaded.error} title={`The ${noun} could not be loaded`} />;
  const filtered = Boolean(params.name || params.status || params.tags);
  if (loaded.data.length === 0) {
    return (
      <EmptyState title={filtered ? `No ${noun} match these filters` : `No ${noun} yet`}>
        {filtered ? 'Clear the filters to see everything.' : emptyHint}
      </EmptyState>
    );
  }
  const page = sortAndPage(loaded.data, params, sortKeys);
  return (
    <>
      <AutoRefresh active={Boolean(isRunning && page.rows.some(isRunning))} />
      {table(page.rows, tableSort(params, sortKeys))}
      <Pagination page={page} noun={noun} hrefFor={(n) => listHref(path, params, { page: n })} />
    </>
  );
}
