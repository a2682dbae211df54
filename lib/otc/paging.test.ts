import { describe, expect, it } from 'vitest';
import { allPages } from './paging';

/** A list of `n` numbers served in pages of `size`, recording which pages were asked for. */
function list(n: number, size: number, withTotal = true) {
  const asked: number[] = [];
  const read = async (index: number) => {
    asked.push(index);
    const items = Array.from({ length: n }, (_, i) => i).slice(index * size, (index + 1) * size);
    return withTotal ? { items, total: n } : { items };
  };
  return { asked, read };
}

describe('allPages', () => {
  it('reads one page when it is not full', async () => {
    const l = list(7, 10);
    expect(await allPages(l.read, 10)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(l.asked).toEqual([0]);
  });

  it('reads the remaining pages the total calls for, in order, and no more', async () => {
    const l = list(25, 10);
    expect(await allPages(l.read, 10)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect([...l.asked].sort()).toEqual([0, 1, 2]);
  });

  it('stops at the total when it is an exact multiple of the page size', async () => {
    const l = list(20, 10);
    expect(await allPages(l.read, 10)).toHaveLength(20);
    expect(l.asked).toHaveLength(2);
  });

  it('without a total, reads until a short page', async () => {
    const l = list(20, 10, false);
    expect(await allPages(l.read, 10)).toHaveLength(20);
    expect(l.asked).toEqual([0, 1, 2]);
  });
});
