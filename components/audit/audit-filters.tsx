import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-classes';
import { AUDIT_OUTCOMES, type AuditFilter } from '@/lib/schemas/audit-filter';

const FIELD = 'mt-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm';

function Choice({
  id,
  label,
  anyLabel,
  options,
  value,
}: {
  id: string;
  label: string;
  anyLabel: string;
  options: readonly string[];
  value: string | undefined;
}) {
  return (
    <div>
      <label htmlFor={`audit-${id}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`audit-${id}`} name={id} defaultValue={value ?? ''} className={FIELD}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The audit log's filters: a GET form, so a filtered view has an address and works without JavaScript. */
export function AuditFilters({
  filter,
  users,
  actions,
}: {
  filter: AuditFilter;
  users: readonly string[];
  actions: readonly string[];
}) {
  const active = Boolean(filter.user || filter.action || filter.outcome || filter.from || filter.to);
  return (
    <form
      key={[filter.user, filter.action, filter.outcome, filter.from, filter.to].join('|')}
      method="get"
      action="/audit"
      role="search"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <Choice id="user" label="User" anyLabel="Anyone" options={users} value={filter.user} />
      <Choice id="action" label="Action" anyLabel="Any action" options={actions} value={filter.action} />
      <Choice id="outcome" label="Outcome" anyLabel="Any outcome" options={AUDIT_OUTCOMES} value={filter.outcome} />
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          From (UTC)
        </label>
        <input id="audit-from" type="date" name="from" defaultValue={filter.from} className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          To (UTC, inclusive)
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={filter.to} className={FIELD} />
      </div>
      <button type="submit" className={buttonClasses.primary}>
        Apply filters
      </button>
      {active ? (
        <Link href="/audit" className={buttonClasses.secondary}>
          Clear
        </Link>
      ) : null}
    </form>
  );
}
