import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-classes';

export interface FilterSelect {
  /** The query parameter. */
  name: string;
  label: string;
  /** The empty choice: no filter on this. */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
}

/**
 * Filters as a plain GET form: works without JavaScript, and the filtered page has an address of
 * its own to share or bookmark.
 */
export function FilterForm({ action, filters }: { action: string; filters: readonly FilterSelect[] }) {
  const select = 'mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';
  const active = filters.some((f) => f.value);
  return (
    <form
      key={filters.map((f) => f.value ?? '').join('|')}
      method="get"
      action={action}
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      {filters.map((f) => (
        <div key={f.name}>
          <label htmlFor={`filter-${f.name}`} className="block text-sm font-medium">
            {f.label}
          </label>
          <select id={`filter-${f.name}`} name={f.name} defaultValue={f.value ?? ''} className={select}>
            <option value="">{f.anyLabel}</option>
            {f.options.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className={buttonClasses.primary}>
        Apply filters
      </button>
      {active ? (
        <Link href={action} className={buttonClasses.secondary}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
