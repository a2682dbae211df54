import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-classes';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatTimestamp } from '@/lib/format';
import { deniedReason } from '@/lib/auth/roles';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { describeStep } from '@/lib/plans/describe-step';
import { lastMeasured, runTimes } from '@/lib/plans/measured-runs';
import { checkPlanNow } from '@/lib/plans/plan-check-now';
import { getPlan, runsOfPlan } from '@/lib/plans/plans-store';
import { runSteps, type RunMode } from '@/lib/plans/run-state';
import { PlanActions } from './_components/plan-actions';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Recovery plan' };

export default async function PlanPage(props: PageProps<'/plans/[id]'>) {
  const { id } = await props.params;
  const query = await props.searchParams;
  const session = await requireSession();
  const plan = await getPlan(session.projectId, id);
  if (!plan) notFound();
  const cloud = await cloudFor(session);
  const groups = await load(() => listProtectionGroups(cloud));
  const names = new Map(groups.ok ? groups.data.map((g) => [g.id, g.name]) : []);
  const groupName = (gid: string) => names.get(gid) ?? `a deleted group (${gid})`;
  const checkMode: RunMode | null = query.check === 'real' || query.check === 'drill' ? query.check : null;
  const steps = checkMode ? runSteps(plan.steps, checkMode).map((s) => s.step) : [];
  const checked = checkMode
    ? await load(async () => checkPlanNow(await cloudFor(session, { fresh: true }), steps))
    : null;
  const runs = await runsOfPlan(session.projectId, plan.id);
  const last = lastMeasured(runs);
  const manageBlocked = deniedReason(session.role, 'manage-plans');

  return (
    <>
      <Breadcrumbs up={[{ href: '/plans', label: 'Recovery plans' }]} here={plan.name} />
      <PageHeader
        title={plan.name}
        description={plan.description || undefined}
        actions={
          manageBlocked ? null : (
            <Link href={`/plans/${plan.id}/edit`} className={buttonClasses.secondary}>
              Edit plan
            </Link>
          )
        }
      />
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-lg font-semibold">
          Steps
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
          {plan.steps.map((s, i) => (
            <li key={i}>{describeStep(s, groupName)}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="measured-heading" className="mt-6">
        <h2 id="measured-heading" className="text-lg font-semibold">
          Measured recovery time
        </h2>
        <p className="text-sm">Last drill: {last.drill ?? 'never drilled'}</p>
        <p className="text-sm">Last real run: {last.real ?? 'never run'}</p>
      </section>
      <section aria-labelledby="check-heading" className="mt-6">
        <h2 id="check-heading" className="text-lg font-semibold">
          Check before running
        </h2>
        <p className="text-sm text-slate-700">
          Every step&apos;s rule against the groups as they are now, and as the steps before it leave them. Nothing is
          sent.
        </p>
        <div className="mt-2 flex gap-2">
          <Link href={`/plans/${plan.id}?check=real`} className={buttonClasses.secondary}>
            Check the plan
          </Link>
          <Link href={`/plans/${plan.id}?check=drill`} className={buttonClasses.secondary}>
            Check the drill
          </Link>
        </div>
        {checked && !checked.ok ? (
          <CloudErrorPanel error={checked.error} title="The plan could not be checked" />
        ) : null}
        {checked?.ok ? (
          <ol
            aria-label={`Check of the ${checkMode === 'drill' ? 'drill' : 'plan'}`}
            className="mt-3 space-y-1 text-sm"
          >
            {checked.data.map((c, i) => {
              const step = steps[i];
              return (
                <li key={i} data-check-step={i + 1} className={c.ok ? 'text-green-900' : 'font-medium text-red-800'}>
                  {i + 1}. {step ? describeStep(step, groupName) : ''}:{' '}
                  {c.ok ? 'nothing in the way' : `would be refused: ${c.reason}${c.code ? ` (${c.code})` : ''}`}
                </li>
              );
            })}
          </ol>
        ) : null}
      </section>
      <section aria-labelledby="run-heading" className="mt-6">
        <h2 id="run-heading" className="mb-2 text-lg font-semibold">
          Run
        </h2>
        <PlanActions
          plan={{ id: plan.id, name: plan.name }}
          runBlocked={deniedReason(session.role, 'run-group-action')}
          manageBlocked={manageBlocked}
        />
      </section>
      <section aria-labelledby="runs-heading" className="mt-6">
        <h2 id="runs-heading" className="text-lg font-semibold">
          Runs
        </h2>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-700">No run yet.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm" aria-label="Runs">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-2 pr-3 font-medium">Started</th>
                <th className="py-2 pr-3 font-medium">Kind</th>
                <th className="py-2 pr-3 font-medium">Status</th>
                <th className="py-2 pr-3 font-medium">Measured</th>
                <th className="py-2 font-medium">By</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3">
                    <Link href={`/plans/runs/${r.id}`} className="underline">
                      {formatTimestamp(r.startedAt)}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{r.mode === 'drill' ? 'Drill' : 'Real'}</td>
                  <td className="py-2 pr-3">{r.status}</td>
                  <td className="py-2 pr-3">{runTimes(r).totalSeconds.toFixed(1)} s</td>
                  <td className="py-2">{r.startedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
