import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { PlanEditorSection } from '../_components/plan-editor-section';

export const metadata: Metadata = { title: 'Create recovery plan' };

export default async function NewPlanPage() {
  const session = await requireSession();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/plans" className="underline">
          Recovery plans
        </Link>{' '}
        / New
      </p>
      <PageHeader title="Create recovery plan" />
      <PlanEditorSection session={session} initial={{ planId: '', name: '', description: '', steps: [] }} />
    </>
  );
}
