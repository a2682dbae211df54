'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFilter } from './filter-box';

export interface Choice {
  id: string;
  label: string;
  detail: string;
  problem: string | null;
}

/**
 * A radio list where unusable options stay visible, disabled, with the reason, and a box to filter
 * long lists by typing. `total` counts options not listed at all (the many that can never be used).
 */
export function ChoiceList({
  legend,
  choices,
  total = choices.length,
  unlisted = 'cannot be used',
  field,
  error,
  errorId,
}: {
  legend: string;
  choices: Choice[];
  total?: number;
  /** What the options left out have in common, for the line that counts them. */
  unlisted?: string;
  field: UseFormRegisterReturn;
  error?: string;
  errorId: string;
}) {
  const sorted = [...choices.filter((c) => !c.problem), ...choices.filter((c) => c.problem)];
  const { box, shown } = useFilter(sorted, (c) => `${c.label} ${c.detail}`, `Filter: ${legend}`);
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <p className="text-xs text-slate-600">
        {choices.filter((c) => !c.problem).length} of {total} can be used.
      </p>
      {box}
      {/* Focusable so the list scrolls from the keyboard even when every option is disabled. */}
      <div
        tabIndex={0}
        role="region"
        aria-label={`${legend} options`}
        className="mt-2 max-h-72 overflow-y-auto rounded-md border border-slate-300 bg-white"
      >
        {shown.map((c) => (
          <label
            key={c.id}
            className={`flex items-start gap-3 border-b border-slate-200 px-3 py-2 text-sm last:border-b-0 ${c.problem ? 'bg-slate-50 text-slate-600' : 'cursor-pointer hover:bg-slate-50'}`}
          >
            <input type="radio" value={c.id} disabled={Boolean(c.problem)} className="mt-1" {...field} />
            <span>
              <span className="font-medium text-slate-950">{c.label}</span> <span>· {c.detail}</span>
              {c.problem ? <span className="block text-xs text-slate-700">Not available: {c.problem}</span> : null}
            </span>
          </label>
        ))}
        {total > choices.length ? (
          <p className="px-3 py-2 text-xs text-slate-700">
            {total - choices.length} more {unlisted}; they are not listed.
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
