import Link from 'next/link';
import type { Page } from '@/lib/list/sort-page';

/** Where a list's page and its neighbours are, and the page links below it. */
export function Pagination<T>({
  page,
  noun,
  hrefFor,
}: {
  page: Page<T>;
  noun: string;
  /** The address of page `n` of the same list, filters and order kept. */
  hrefFor: (n: number) => string;
}) {
  const first = page.total === 0 ? 0 : (page.page - 1) * page.size + 1;
  const last = Math.min(page.page * page.size, page.total);
  const link = 'rounded-md border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100';
  return (
    <nav
      aria-label="Pagination"
      className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700"
    >
      <p>
        {page.total === 0 ? `No ${noun}` : `${first}–${last} of ${page.total} ${noun}`}
        {page.pages > 1 ? ` · page ${page.page} of ${page.pages}` : ''}
      </p>
      <div className="flex gap-2">
        {page.page > 1 ? (
          <Link className={link} href={hrefFor(page.page - 1)}>
            Previous
          </Link>
        ) : null}
        {page.page < page.pages ? (
          <Link className={link} href={hrefFor(page.page + 1)}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
