import { buttonClasses } from '@/components/ui/button-classes';
import type { GroupChoice } from '@/lib/dr/create-context';

/** Step one of a create form: the protection group, unusable ones shown with the reason. */
export function GroupChooser({ action, groups }: { action: string; groups: GroupChoice[] }) {
  if (groups.length === 0) {
    return <p className="text-sm">There is no protection group yet. A protection group is needed first.</p>;
  }
  return (
    <form method="get" action={action} className="max-w-xl space-y-3">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Protection group</legend>
        <div className="mt-2 rounded-md border border-slate-300 bg-white">
          {groups.map((g) => (
            <label
              key={g.id}
              className={`flex items-start gap-3 border-b border-slate-200 px-3 py-2 text-sm last:border-b-0 ${g.problem ? 'bg-slate-50 text-slate-600' : 'cursor-pointer'}`}
            >
              <input type="radio" name="group" value={g.id} required disabled={Boolean(g.problem)} className="mt-1" />
              <span>
                <span className="font-medium text-slate-950">{g.name}</span> · {g.az}
                {g.problem ? <span className="block text-xs text-slate-700">Not available: {g.problem}</span> : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonClasses.primary}>
        Continue
      </button>
    </form>
  );
}
