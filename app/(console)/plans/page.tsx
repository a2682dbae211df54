import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateLink } from '@/components/resources/create-link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { listPlans, runsOfPlan } from '@/lib/plans/plans-store';
import { lastMeasured } from '@/lib/plans/measured-runs';

export const metadata: Metadata = { title: 'Recovery plans' };

/** The project's recovery plans, each with the measured time of its last drill and real run. */
export default async function PlansPage() {
  const session = await requireSession();
  const plans = await listPlans(session.projectId);
  const measured = await Promise.all(plans.map(async (p) => lastMeasured(await runsOfPlan(session.projectId, p.id))));
  return (
    <>
      <PageHeader
        title="Recovery plans"
        description="Ordered steps over several protection groups: check them, drill them, run them on the day. SDRS has no plans of its own; the console keeps them."
        actions={<CreateLink href="/plans/new" label="Create plan" role={session.role} permission="manage-plans" />}
      />
      {plans.length === 0 ? (
        <EmptyState title="No recovery plans yet">
          A plan says what to recover in which order: fail over the database first, wait, start the application servers,
          let a person check.
        </EmptyState>
      ) : (
        <table className="w-full text-left text-sm" aria-label="Recovery plans">
          <thead>
            <tr className="border-b border-slate-300">
              <th className="py-2 pr-3 font-medium">Plan</th>
              <th className="py-2 pr-3 font-medium">Steps</th>
              <th className="py-2 pr-3 font-medium">Last drill</th>
              <th className="py-2 font-medium">Last real run</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p, i) => (
              <tr key={p.id} className="border-b border-slate-200">
                <td className="py-2 pr-3">
                  <Link href={`/plans/${p.id}`} className="underline">
                    {p.name}
                  </Link>
                </td>
                <td className="py-2 pr-3">{p.steps.length}</td>
                <td className="py-2 pr-3">{measured[i]?.drill ?? 'never'}</td>
                <td className="py-2">{measured[i]?.real ?? 'never'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
