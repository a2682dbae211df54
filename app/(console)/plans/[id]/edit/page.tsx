import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { deniedReason } from '@/lib/auth/roles';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { getPlan } from '@/lib/plans/plans-store';
import { stepRow } from '@/lib/schemas/plans';
import { PlanEditor } from '../../_components/plan-editor';

export const metadata: Metadata = { title: 'Edit recovery plan' };

export default async function EditPlanPage(props: PageProps<'/plans/[id]/edit'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const plan = await getPlan(session.projectId, id);
  if (!plan) notFound();
  const denied = deniedReason(session.role, 'manage-plans');
  const groups = await load(async () => listProtectionGroups(await cloudFor(session)));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/plans" className="underline">
          Recovery plans
        </Link>{' '}
        /{' '}
        <Link href={`/plans/${plan.id}`} className="underline">
          {plan.name}
        </Link>{' '}
        / Edit
      </p>
      <PageHeader title={`Edit ${plan.name}`} />
      {denied ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          {denied} Recovery plans are written by operators.
        </p>
      ) : !groups.ok ? (
        <CloudErrorPanel error={groups.error} title="The protection groups could not be loaded" />
      ) : (
        <PlanEditor
          groups={groups.data.map((g) => ({ id: g.id, name: g.name }))}
          initial={{ planId: plan.id, name: plan.name, description: plan.description, steps: plan.steps.map(stepRow) }}
        />
      )}
    </>
  );
}
