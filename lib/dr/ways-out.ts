import { statusInfo } from './status-map';

/**
 * The way out of every failed status (reference §2.5): which action gets the resource moving
 * again. The action is offered where the resource is shown; whether it may run now is decided by
 * the same pre-flight rules as everywhere else.
 */
export type WayOutAction =
  | 'delete-instance'
  | 'resize'
  | 'detach-pair'
  | 'delete-pair'
  | 'expand'
  | 'group-action'
  | 'delete-group'
  | 'delete-drill';

export interface WayOut {
  /** What the status means for the user, and what the action does about it. */
  text: string;
  action: WayOutAction;
  /** The action's button label, so the panel can point at it. */
  label: string;
}

type Kind = 'group' | 'instance' | 'pair' | 'drill';

const GROUP_RETRY: Record<string, string> = {
  'error-starting': 'Enable protection',
  'error-stopping': 'Disable protection',
  'error-reversing': 'Planned failover',
  'error-failing-over': 'Failover',
  'error-reprotecting': 'Re-protect',
};

const groupRetry = (status: string, what: string): WayOut | null => {
  const label = GROUP_RETRY[status];
  return label
    ? {
        text: `${statusInfo(status).label} on the group left this ${what} behind: run ${label} again on the group; the ${what} follows it.`,
        action: 'group-action',
        label,
      }
    : null;
};

export function wayOut(kind: Kind, status: string): WayOut | null {
  switch (kind) {
    case 'instance':
      if (status === 'error')
        return {
          text: 'Creating this instance failed. Delete it (with its DR server) and protect the server again.',
          action: 'delete-instance',
          label: 'Delete protected instance',
        };
      if (status === 'error-deleting')
        return {
          text: 'Deleting this instance failed: delete it again.',
          action: 'delete-instance',
          label: 'Delete protected instance',
        };
      if (status === 'error-resizing')
        return {
          text: 'Changing the flavor failed: change it again (both servers stopped), or to the flavor it had.',
          action: 'resize',
          label: 'Change flavor',
        };
      if (status === 'invalid')
        return {
          text: 'A server of this instance was deleted outside SDRS: it cannot be protected any more. Delete the instance and protect the server anew.',
          action: 'delete-instance',
          label: 'Delete protected instance',
        };
      if (status === 'fault')
        return {
          text: 'A replicated disk is faulty. Detach the faulty pair and delete it, then pair the disk again.',
          action: 'detach-pair',
          label: 'Detach',
        };
      return groupRetry(status, 'instance');
    case 'pair':
      if (status === 'error')
        return {
          text: 'Creating this pair failed. Delete it and create the pair again.',
          action: 'delete-pair',
          label: 'Delete replication pair',
        };
      if (status === 'error-deleting')
        return {
          text: 'Deleting this pair failed: delete it again.',
          action: 'delete-pair',
          label: 'Delete replication pair',
        };
      if (status === 'error-attaching' || status === 'error-detaching')
        return {
          text: 'The pair is stranded between attached and detached. Detach it from its instance (again), then attach it anew or delete it.',
          action: 'detach-pair',
          label: 'Detach',
        };
      if (status === 'error-extending')
        return { text: 'Expanding failed: expand it again.', action: 'expand', label: 'Expand' };
      if (status === 'invalid' || status === 'fault')
        return {
          text: 'A disk of this pair was deleted or is faulty. Detach the pair and delete it, then pair the disk again.',
          action: 'detach-pair',
          label: 'Detach',
        };
      return groupRetry(status, 'pair');
    case 'group':
      if (status === 'error')
        return {
          text: 'Creating this group failed. Delete it and create the group again.',
          action: 'delete-group',
          label: 'Delete protection group',
        };
      if (status === 'error-deleting')
        return {
          text: 'Deleting this group failed: delete it again.',
          action: 'delete-group',
          label: 'Delete protection group',
        };
      return GROUP_RETRY[status]
        ? {
            text: `${statusInfo(status).label}: run ${GROUP_RETRY[status]} again.`,
            action: 'group-action',
            label: GROUP_RETRY[status],
          }
        : null;
    case 'drill':
      return status === 'error' || status === 'error-deleting'
        ? {
            text: 'This drill failed. Delete it, then start a new drill.',
            action: 'delete-drill',
            label: 'Delete drill',
          }
        : null;
  }
}
