import { statusInfo } from './status-map';

/**
 * Whether a failed task still matters: the cloud keeps a failed task until it is dismissed, long
 * after its resource was deleted or got out of the error. `current` maps every resource id of the
 * project (groups, instances, pairs, drills) to its status now.
 */
export function taskResolution(resourceId: string, current: ReadonlyMap<string, string>): string | null {
  const status = current.get(resourceId);
  if (status === undefined) return 'Resolved: the resource no longer exists. Dismiss the task.';
  const info = statusInfo(status);
  return info.tone === 'error' ? null : `Resolved: it is ${info.label} now. Dismiss the task.`;
}

/** Every resource's status by id, from the lists a page has read. */
export const statusesById = (...lists: readonly (readonly { id: string; status: string }[])[]) =>
  new Map(lists.flat().map((r) => [r.id, r.status]));
