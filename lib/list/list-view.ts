import type { ListParams } from './list-params';

/** The table's sort as the URL states it, for columns the list can sort by. */
export const tableSort = (params: ListParams, keys: Record<string, unknown>) =>
  params.sort && params.sort in keys ? { id: params.sort, desc: params.dir === 'desc' } : undefined;
