import type { ListParams } from './list-params';

/** The table's sort as the URL states it, for columns the list can sort by. */
export const tableSort = (params: ListParams, keys: Record<string, unknown>) =>
  params.sort && Object.hasOwn(keys, params.sort) ? { id: params.sort, desc: params.dir === 'desc' } : undefined;
