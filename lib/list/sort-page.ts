import type { ListParams } from './list-params';

export type SortKeys<T> = Record<string, (row: T) => string | number | null>;

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
  size: number;
}

/** Sorts the whole result by a known key (unknown keys keep the cloud's order), then cuts one page. */
export function sortAndPage<T>(items: T[], params: ListParams, keys: SortKeys<T>): Page<T> {
  // Own keys only: a sort named `__proto__` or `constructor` must not reach Object.prototype.
  const key = params.sort && Object.hasOwn(keys, params.sort) ? keys[params.sort] : undefined;
  const sorted = key
    ? [...items].sort((a, b) => {
        const av = key(a);
        const bv = key(b);
        if (av === bv) return 0;
        if (av === null) return 1;
        if (bv === null) return -1;
        const cmp = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
        return params.dir === 'desc' ? -cmp : cmp;
      })
    : items;
  const pages = Math.max(1, Math.ceil(sorted.length / params.size));
  const page = Math.min(params.page, pages);
  return {
    rows: sorted.slice((page - 1) * params.size, page * params.size),
    total: sorted.length,
    page,
    pages,
    size: params.size,
  };
}
