import type { Permission } from '../lib/auth/roles';

/**
 * Who may call what. Every server action, route handler and page must be listed here: the access
 * test enumerates them from the build and the source tree and fails on anything unlisted.
 */
export const ACTION_ACCESS: Record<string, 'public' | Permission> = {
  'app/sign-in/actions.ts#signInWithPassword': 'public',
  'app/sign-in/actions.ts#signInWithAccessKey': 'public',
  'app/sign-in/actions.ts#signInAsDemoUser': 'public',
  'app/(console)/actions.ts#signOut': 'read',
  'app/(console)/protected-instances/new/actions.ts#createProtectedInstance': 'create-protected-instance',
  'app/(console)/replication-pairs/new/actions.ts#createReplicationPair': 'create-replication-pair',
  'app/(console)/evs-replication-pairs/new/actions.ts#createEvsReplicationPair': 'create-replication-pair',
  'app/(console)/protection-groups/new/actions.ts#createProtectionGroup': 'create-protection-group',
  'app/(console)/protection-groups/[id]/actions.ts#enableProtection': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#disableProtection': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#switchover': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#failover': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#reprotect': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#createDrill': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#renameProtectionGroup': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#powerServers': 'run-group-action',
  'app/(console)/protection-groups/[id]/actions.ts#deleteDrill': 'delete-resource',
  'app/(console)/protection-groups/[id]/actions.ts#deleteProtectionGroup': 'delete-resource',
  'app/(console)/protected-instances/[id]/actions.ts#deleteProtectedInstance': 'delete-resource',
  'app/(console)/protected-instances/[id]/actions.ts#renameProtectedInstance': 'rename-resource',
  'app/(console)/protected-instances/[id]/actions.ts#editInstanceTags': 'manage-tags',
  'app/(console)/protected-instances/[id]/actions.ts#attachPair': 'change-resource',
  'app/(console)/protected-instances/[id]/actions.ts#detachPair': 'change-resource',
  'app/(console)/protected-instances/[id]/actions.ts#resizeInstance': 'change-resource',
  'app/(console)/protected-instances/[id]/actions.ts#addInstanceNic': 'change-resource',
  'app/(console)/protected-instances/[id]/actions.ts#deleteInstanceNic': 'change-resource',
  'app/(console)/protected-instances/actions.ts#deleteProtectedInstances': 'delete-resource',
  'app/(console)/replication-pairs/[id]/actions.ts#deleteReplicationPair': 'delete-resource',
  'app/(console)/replication-pairs/[id]/actions.ts#renameReplicationPair': 'rename-resource',
  'app/(console)/replication-pairs/[id]/actions.ts#expandPair': 'change-resource',
  'app/(console)/task-center/actions.ts#dismissFailedTasks': 'delete-resource',
  'app/(console)/plans/actions.ts#savePlanAction': 'manage-plans',
  'app/(console)/plans/actions.ts#deletePlanAction': 'manage-plans',
  'app/(console)/plans/actions.ts#startRunAction': 'run-group-action',
  'app/(console)/plans/actions.ts#confirmStepAction': 'run-group-action',
  'app/(console)/plans/actions.ts#resolveStepAction': 'run-group-action',
};

export const ROUTE_ACCESS: Record<string, Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', 'public' | Permission>>> = {
  'app/api/health/route.ts': { GET: 'public' },
  'app/api/ready/route.ts': { GET: 'public' },
  'app/api/audit/export/route.ts': { GET: 'view-audit' },
  'app/api/session/route.ts': { GET: 'read' },
  'app/api/jobs/route.ts': { GET: 'read' },
  'app/api/jobs/[id]/route.ts': { GET: 'read' },
  'app/api/jobs/stream/route.ts': { GET: 'read' },
  'app/api/protection-groups/[id]/route.ts': { GET: 'read' },
  'app/api/protection-groups/[id]/servers/route.ts': { GET: 'read' },
  'app/api/plan-runs/[id]/report/route.ts': { GET: 'read' },
};

/** Pages with a dynamic segment: which seeded resource stands in for it. */
export const DYNAMIC_PAGE_SAMPLES: Record<string, (ids: SeedIds) => string> = {
  'protection-groups/[id]': (ids) => `/protection-groups/${ids.group}`,
  'protected-instances/[id]': (ids) => `/protected-instances/${ids.instance}`,
  'replication-pairs/[id]': (ids) => `/replication-pairs/${ids.pair}`,
  'evs-replication-pairs/[id]': (ids) => `/evs-replication-pairs/${ids.evsPair}`,
  'jobs/[id]': (ids) => `/jobs/${ids.job}`,
  // Made-up ids: the not-found pages, which still need a session.
  'plans/[id]': (ids) => `/plans/${ids.job}`,
  'plans/[id]/edit': (ids) => `/plans/${ids.job}/edit`,
  'plans/runs/[id]': (ids) => `/plans/runs/${ids.job}`,
};

export interface SeedIds {
  group: string;
  instance: string;
  pair: string;
  evsPair: string;
  /** A ledger id; a made-up one shows the not-found page, which still needs a session. */
  job: string;
}
