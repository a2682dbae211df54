'use client';

import { useId, useState } from 'react';

/** At most this many matches are drawn at once: typing narrows the rest. */
export const SHOWN_AT_ONCE = 100;

/**
 * A type-to-filter box for a long option list: case-insensitive, on every word of what the option
 * shows. Returns the box and the options to draw.
 */
export function useFilter<T>(items: readonly T[], text: (item: T) => string, label: string) {
  const [query, setQuery] = useState('');
  const id = useId();
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length
    ? items.filter((item) => words.every((w) => text(item).toLowerCase().includes(w)))
    : items;
  const shown = matching.slice(0, SHOWN_AT_ONCE);
  const box = (
    <div className="mt-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Type to filter"
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm"
      />
      <p className="mt-1 text-xs text-slate-600" aria-live="polite">
        {words.length ? `${matching.length} match` : `${items.length} listed`}
        {matching.length > shown.length ? `; the first ${shown.length} are shown, type to narrow` : ''}.
      </p>
    </div>
  );
  return { box, shown };
}
