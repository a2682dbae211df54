/**
 * The console's roles, derived from the cloud roles in the user's token by one mapping.
 *
 *   cloud role                         console role
 *   te_admin (Tenant Administrator)    operator
 *   sdrs_adm (SDRS Administrator)      operator
 *   sdrs_support                       support
 *   readonly_admin (Tenant Guest)      viewer
 *   anything else                      viewer   (least privilege)
 *
 * When a token carries several roles, the strongest wins.
 */
export type Role = 'viewer' | 'support' | 'operator';

const CLOUD_ROLE_MAP: Record<string, Role> = {
  te_admin: 'operator',
  sdrs_adm: 'operator',
  sdrs_support: 'support',
  readonly_admin: 'viewer',
};

const RANK: Record<Role, number> = { viewer: 0, support: 1, operator: 2 };

export function roleFromCloudRoles(cloudRoles: readonly string[]): Role {
  return cloudRoles.reduce<Role>((best, name) => {
    const mapped = CLOUD_ROLE_MAP[name] ?? 'viewer';
    return RANK[mapped] > RANK[best] ? mapped : best;
  }, 'viewer');
}

/** What each role may do. Reading is every role's; the rest is listed per permission. */
export const PERMISSIONS = [
  'read',
  'create-replication-pair',
  'create-protected-instance',
  'manage-tags',
  'rename-resource',
  'change-resource',
  'retry-job',
  'run-group-action',
  'delete-resource',
  'create-protection-group',
  'view-audit',
  'manage-plans',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Permission, readonly Role[]> = {
  read: ['viewer', 'support', 'operator'],
  'create-replication-pair': ['support', 'operator'],
  'create-protected-instance': ['support', 'operator'],
  'manage-tags': ['support', 'operator'],
  'rename-resource': ['support', 'operator'],
  /** Attach and detach pairs, NICs, flavors, disk sizes: changes to what is protected. */
  'change-resource': ['operator'],
  'retry-job': ['support', 'operator'],
  'run-group-action': ['operator'],
  'delete-resource': ['operator'],
  'create-protection-group': ['operator'],
  /** The audit log names users and what they typed: the operators' record. */
  'view-audit': ['operator'],
  /** Recovery plans decide what happens to production on the worst day: written by operators. */
  'manage-plans': ['operator'],
};

export const can = (role: Role, permission: Permission): boolean => GRANTS[permission].includes(role);

export const ROLE_LABEL: Record<Role, string> = { viewer: 'Viewer', support: 'Support', operator: 'Operator' };

/** Why a control is disabled, shown next to it. */
export const deniedReason = (role: Role, permission: Permission): string | null =>
  can(role, permission) ? null : `Your role (${ROLE_LABEL[role]}) cannot do this.`;
