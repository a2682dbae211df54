import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { PlanEditorSection } from '../_components/plan-editor-section';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Create recovery plan' };

export default async function NewPlanPage() {
  const session = await requireSession();
  return (
    <>
      <Breadcrumbs up={[{ href: '/plans', label: 'Recovery plans' }]} here="New" />
      <PageHeader title="Create recovery plan" />
      <PlanEditorSection session={session} initial={{ planId: '', name: '', description: '', steps: [] }} />
    </>
  );
}
