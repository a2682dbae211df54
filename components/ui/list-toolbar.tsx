import Link from 'next/link';
import { statusInfo } from '@/lib/dr/status-map';
import type { ListParams } from '@/lib/list/list-params';
import { buttonClasses } from './button-classes';

interface ListToolbarProps {
  path: string;
  params: ListParams;
  statuses: readonly string[];
  nameLabel?: string;
  /** Search by tags too (protected instances): `key=value` pairs, all of which must match. */
  tagSearch?: boolean;
}

/** Filters as a plain GET form: works without JavaScript and leaves the state in the URL. */
export function ListToolbar({
  path,
  params,
  statuses,
  nameLabel = 'Name contains',
  tagSearch = false,
}: ListToolbarProps) {
  return (
    // Keyed by the URL state: after a client-side navigation the inputs must show the new filters.
    <form
      key={`${params.name ?? ''}|${params.status ?? ''}|${params.tags ?? ''}`}
      method="get"
      action={path}
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="filter-name" className="block text-sm font-medium text-slate-800">
          {nameLabel}
        </label>
        <input
          id="filter-name"
          name="name"
          defaultValue={params.name ?? ''}
          maxLength={64}
          className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium text-slate-800">
          Status
        </label>
        <select
          id="filter-status"
          name="status"
          defaultValue={params.status ?? ''}
          className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        >
          <option value="">Any status</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusInfo(s).label}
            </option>
          ))}
        </select>
      </div>
      {tagSearch ? (
        <div>
          <label htmlFor="filter-tags" className="block text-sm font-medium text-slate-800">
            Tags (all of them)
          </label>
          <input
            id="filter-tags"
            name="tags"
            defaultValue={params.tags ?? ''}
            maxLength={400}
            placeholder="env=prod, owner"
            aria-describedby="filter-tags-hint"
            className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          />
          <p id="filter-tags-hint" className="text-xs text-slate-600">
            key=value or key, separated by commas
          </p>
        </div>
      ) : null}
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.sort ? <input type="hidden" name="dir" value={params.dir} /> : null}
      {params.size !== 20 ? <input type="hidden" name="size" value={params.size} /> : null}
      <button type="submit" className={buttonClasses.primary}>
        Apply filters
      </button>
      {params.name || params.status || params.tags ? (
        <Link href={path} className={buttonClasses.secondary}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
