import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import type { Session } from '@/lib/auth/session';
import { deniedReason } from '@/lib/auth/roles';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import type { PlanStepRow } from '@/lib/schemas/plans';
import { PlanEditor } from './plan-editor';

/** The editor with the project's groups to choose from; for anyone but an operator, why not. */
export async function PlanEditorSection({
  session,
  initial,
}: {
  session: Session;
  initial: { planId: string; name: string; description: string; steps: PlanStepRow[] };
}) {
  const denied = deniedReason(session.role, 'manage-plans');
  if (denied) {
    return (
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
        {denied} Recovery plans are written by operators.
      </p>
    );
  }
  const groups = await load(async () => listProtectionGroups(await cloudFor(session)));
  if (!groups.ok) return <CloudErrorPanel error={groups.error} title="The protection groups could not be loaded" />;
  return <PlanEditor groups={groups.data.map((g) => ({ id: g.id, name: g.name }))} initial={initial} />;
}
