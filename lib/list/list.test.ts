import { describe, expect, it } from 'vitest';
import { listHref, parseListParams } from './list-params';
import { sortAndPage } from './sort-page';

describe('list parameters', () => {
  it('falls back to defaults for anything odd in the URL', () => {
    expect(parseListParams({})).toEqual({
      page: 1,
      size: 20,
      status: undefined,
      name: undefined,
      sort: undefined,
      dir: 'asc',
    });
    expect(
      parseListParams({ page: '-3', size: '7', status: '<script>', sort: 'DROP TABLE', dir: 'sideways' }),
    ).toMatchObject({ page: 1, size: 20, status: undefined, sort: undefined, dir: 'asc' });
    expect(
      parseListParams({ page: '2', size: '50', status: 'error-starting', name: ' web ', sort: 'name', dir: 'desc' }),
    ).toEqual({ page: 2, size: 50, status: 'error-starting', name: 'web', sort: 'name', dir: 'desc' });
  });

  it('builds links that keep the other parameters', () => {
    expect(listHref('/x', { page: 1, size: 20, dir: 'asc', status: 'protected' }, { page: 2 })).toBe(
      '/x?page=2&status=protected',
    );
    expect(listHref('/x', { page: 3, size: 20, dir: 'asc' }, { page: 1 })).toBe('/x');
  });
});

describe('sort and page', () => {
  const rows = Array.from({ length: 25 }, (_, i) => ({
    name: `n${String(24 - i).padStart(2, '0')}`,
    size: i % 3 === 0 ? null : i,
  }));
  const keys = { name: (r: (typeof rows)[number]) => r.name, size: (r: (typeof rows)[number]) => r.size };

  it('sorts the whole result before cutting a page', () => {
    const page = sortAndPage(rows, parseListParams({ sort: 'name', size: '10', page: '3' }), keys);
    expect(page).toMatchObject({ total: 25, page: 3, pages: 3 });
    expect(page.rows.map((r) => r.name)).toEqual(['n20', 'n21', 'n22', 'n23', 'n24']);
  });

  it('ignores sort names that are not its own keys', () => {
    for (const sort of ['__proto__', 'constructor', 'toString']) {
      const page = sortAndPage(rows, { ...parseListParams({ size: '10' }), sort }, keys);
      expect(page.rows.map((r) => r.name)).toEqual(rows.slice(0, 10).map((r) => r.name));
    }
  });

  it('puts empty values last and clamps the page', () => {
    const page = sortAndPage(rows, parseListParams({ sort: 'size', dir: 'desc', size: '10', page: '99' }), keys);
    expect(page.page).toBe(3);
    expect(page.rows.at(-1)?.size).toBeNull();
  });
});
