/** One page of a list and, when the API says, how many items match in all. */
export interface Page<T> {
  items: T[];
  total?: number;
}

/**
 * Every item of an offset-paged list. The first page tells the total; the other pages are then
 * read at once, since each stands on its own (a list of thousands costs one round trip more than
 * a list of ten, not one per page). Without a total, pages are read one after another until a short one.
 */
export async function allPages<T>(readPage: (index: number) => Promise<Page<T>>, pageSize: number): Promise<T[]> {
  const first = await readPage(0);
  if (first.items.length < pageSize) return first.items;
  if (first.total !== undefined) {
    const pages = Math.ceil(first.total / pageSize);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => readPage(i + 1)));
    return [first, ...rest].flatMap((p) => p.items);
  }
  const items = [...first.items];
  for (let index = 1; ; index++) {
    const page = await readPage(index);
    items.push(...page.items);
    if (page.items.length < pageSize) return items;
  }
}
