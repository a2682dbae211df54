'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { useFilter } from '@/components/forms/filter-box';
import type { ServerOption } from './form-options';

const powerWord = (status: string) => (status === 'SHUTOFF' ? 'stopped' : status === 'ACTIVE' ? 'running' : status);

/** The project's servers: usable ones selectable, the first others shown with the reason, the rest counted. */
export function ServerPicker({
  servers,
  total,
  field,
  error,
}: {
  servers: ServerOption[];
  total: number;
  field: UseFormRegisterReturn;
  error?: string;
}) {
  const usable = servers.filter((s) => !s.problem);
  const others = servers.filter((s) => s.problem);
  const { box, shown } = useFilter(
    [...usable, ...others],
    (s) => `${s.name} ${s.az} ${powerWord(s.status)} ${s.flavor.id}`,
    'Filter servers',
  );
  return (
    <fieldset aria-describedby={error ? 'serverId-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">Production server</legend>
      <p className="text-xs text-slate-600">
        {usable.length} of {total} servers can be protected in this group.
      </p>
      {box}
      {/* Focusable so the list scrolls from the keyboard even when every option is disabled. */}
      <div
        tabIndex={0}
        role="region"
        aria-label="Servers"
        className="mt-2 max-h-80 overflow-y-auto rounded-md border border-slate-300 bg-white"
      >
        {shown.map((s) => (
          <label
            key={s.id}
            className={`flex items-start gap-3 border-b border-slate-200 px-3 py-2 text-sm last:border-b-0 ${s.problem ? 'bg-slate-50 text-slate-600' : 'cursor-pointer hover:bg-slate-50'}`}
          >
            <input type="radio" value={s.id} disabled={Boolean(s.problem)} className="mt-1" {...field} />
            <span>
              <span className={`font-medium ${s.problem ? 'text-slate-700' : 'text-slate-950'}`}>{s.name}</span>{' '}
              <span>
                · {s.az} · {powerWord(s.status)} · {s.flavor.id} · {s.disks.length} disk
                {s.disks.length === 1 ? '' : 's'}
              </span>
              {s.problem ? <span className="block text-xs text-slate-700">Not available: {s.problem}</span> : null}
            </span>
          </label>
        ))}
        {total > servers.length ? (
          <p className="px-3 py-2 text-xs text-slate-700">
            {total - servers.length} more servers cannot be protected (already protected, DR servers, or in another AZ
            or VPC); they are not listed.
          </p>
        ) : null}
      </div>
      {error ? (
        <p id="serverId-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
