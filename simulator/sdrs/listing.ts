import { sdrsError } from '../core/errors';

export interface Page {
  limit: number;
  offset: number;
}

/**
 * SDRS paging (reference §1.5): `limit` 1..1000 (default 1000), `offset` ≥ 0; `count` in the
 * response is the number of matches, not the page size.
 */
export function parsePage(query: (name: string) => string | undefined): Page {
  const limitText = query('limit');
  const offsetText = query('offset');
  const limit = limitText === undefined || limitText === '' ? 1000 : Number(limitText);
  const offset = offsetText === undefined || offsetText === '' ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw sdrsError('SDRS.0221', 'limit value must be greater than 0 or less than 1000');
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw sdrsError('SDRS.0222', 'offset value cannot be negative, and must be an integer');
  }
  return { limit, offset };
}

export const paginate = <T>(items: T[], page: Page): T[] => items.slice(page.offset, page.offset + page.limit);

/** Newest first, then by id so pages are stable. */
export const byNewest = <T extends { created_at: number; id: string }>(a: T, b: T): number =>
  b.created_at - a.created_at || (a.id < b.id ? -1 : 1);

export const fuzzyName = (name: string, filter: string | undefined): boolean =>
  !filter || name.toLowerCase().includes(filter.toLowerCase());

/** `['id1','id2']` or `["id1","id2"]` (both forms are seen, reference §7.10); at most 30 ids. */
export function parseIdList(raw: string | undefined): string[] | null {
  if (raw === undefined || raw === '') return null;
  const ids = raw
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim().replace(/^['"]|['"]$/g, ''))
    .filter((s) => s !== '');
  if (ids.length > 30) throw sdrsError('SDRS.0226', 'IDs exceed the upper limit');
  return ids;
}

export const isAbnormal = (status: string): boolean =>
  status.startsWith('error') || status === 'invalid' || status === 'fault';
