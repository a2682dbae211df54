import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-classes';
import { deniedReason, type Permission, type Role } from '@/lib/auth/roles';

/** A "create" button, or for a role that may not create, the same button disabled with the reason. */
export function CreateLink({
  href,
  label,
  role,
  permission,
}: {
  href: string;
  label: string;
  role: Role;
  permission: Permission;
}) {
  const denied = deniedReason(role, permission);
  if (denied) {
    return (
      <span className="flex flex-col items-end gap-1">
        <button type="button" disabled aria-describedby="create-denied" className={buttonClasses.primary}>
          {label}
        </button>
        <span id="create-denied" className="text-xs text-slate-700">
          {denied}
        </span>
      </span>
    );
  }
  return (
    <Link href={href} className={buttonClasses.primary}>
      {label}
    </Link>
  );
}
