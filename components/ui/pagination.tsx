import Link from 'next/link';
import { listHref, type ListParams } from '@/lib/list/list-params';
import type { Page } from '@/lib/list/sort-page';

export function Pagination<T>({
  path,
  params,
  page,
  noun,
}: {
  path: string;
  params: ListParams;
  page: Page<T>;
  noun: string;
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
          <Link className={link} href={listHref(path, params, { page: page.page - 1 })}>
            Previous
          </Link>
        ) : null}
        {page.page < page.pages ? (
          <Link className={link} href={listHref(path, params, { page: page.page + 1 })}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
