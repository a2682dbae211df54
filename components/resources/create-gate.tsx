import Link from 'next/link';
import { CloudErrorPanel } from '@/components/ui/cloud-error-panel';
import { deniedReason, type Permission, type Role } from '@/lib/auth/roles';
import type { GroupChoice } from '@/lib/dr/create-context';
import type { Loaded } from '@/lib/list/load';
import { GroupChooser } from './group-chooser';

/** A create page for a role that may not create: the reason instead of the form. */
export function CreateDenied({ role, permission, what }: { role: Role; permission: Permission; what: string }) {
  const denied = deniedReason(role, permission);
  return denied ? (
    <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      {denied} Creating {what} needs the Support or Operator role.
    </p>
  ) : null;
}

/** Step one of a create form that belongs to a group: choose it (unusable groups say why). */
export function GroupStep({ groups, action }: { groups: Loaded<GroupChoice[]>; action: string }) {
  if (!groups.ok) return <CloudErrorPanel error={groups.error} title="Protection groups could not be loaded" />;
  return <GroupChooser action={action} groups={groups.data} />;
}

/** The group a create form works in, with a way to choose another. */
export function GroupContext({
  name,
  productionAz,
  drAz,
  chooseHref,
}: {
  name: string;
  productionAz: string;
  drAz: string;
  chooseHref: string;
}) {
  return (
    <p className="mb-4 text-sm">
      Protection group <strong>{name}</strong>: production in {productionAz}, DR in {drAz}.{' '}
      <Link href={chooseHref} className="underline">
        Choose another group
      </Link>
    </p>
  );
}

export function GroupNotUsable({ problem }: { problem: string }) {
  return (
    <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      {problem}
    </p>
  );
}
