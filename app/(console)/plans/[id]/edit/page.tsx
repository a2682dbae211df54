import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { getPlan } from '@/lib/plans/plans-store';
import { stepRow } from '@/lib/schemas/plans';
import { PlanEditorSection } from '../../_components/plan-editor-section';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Edit recovery plan' };

export default async function EditPlanPage(props: PageProps<'/plans/[id]/edit'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const plan = await getPlan(session.projectId, id);
  if (!plan) notFound();
  return (
    <>
      <Breadcrumbs
        up={[
          { href: '/plans', label: 'Recovery plans' },
          { href: `/plans/${plan.id}`, label: plan.name },
        ]}
        here="Edit"
      />
      <PageHeader title={`Edit ${plan.name}`} />
      <PlanEditorSection
        session={session}
        initial={{ planId: plan.id, name: plan.name, description: plan.description, steps: plan.steps.map(stepRow) }}
      />
    </>
  );
}
