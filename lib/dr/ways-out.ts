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

/** Each action's button as the resource pages label it (a group action's label is its own). */
const BUTTON: Record<Exclude<WayOutAction, 'group-action'>, string> = {
  'delete-instance': 'Delete protected instance',
  resize: 'Change flavor',
  'detach-pair': 'Detach',
  'delete-pair': 'Delete replication pair',
  expand: 'Expand',
  'delete-group': 'Delete protection group',
  'delete-drill': 'Delete drill',
};

type Way = [Exclude<WayOutAction, 'group-action'>, string];

const STRANDED_PAIR: Way = [
  'detach-pair',
  'The pair is stranded between attached and detached. Detach it from its instance (again), then attach it anew or delete it.',
];
const BROKEN_PAIR: Way = [
  'detach-pair',
  'A disk of this pair was deleted or is faulty. Detach the pair and delete it, then pair the disk again.',
];
const FAILED_DRILL: Way = ['delete-drill', 'This drill failed. Delete it, then start a new drill.'];

/** The failed statuses whose way out is an action on the resource itself. */
const WAYS: Record<Kind, Record<string, Way>> = {
  instance: {
    error: [
      'delete-instance',
      'Creating this instance failed. Delete it (with its DR server) and protect the server again.',
    ],
    'error-deleting': ['delete-instance', 'Deleting this instance failed: delete it again.'],
    'error-resizing': [
      'resize',
      'Changing the flavor failed: change it again (both servers stopped), or to the flavor it had.',
    ],
    invalid: [
      'delete-instance',
      'A server of this instance was deleted outside SDRS: it cannot be protected any more. Delete the instance and protect the server anew.',
    ],
    fault: [
      'detach-pair',
      'A replicated disk is faulty. Detach the faulty pair and delete it, then pair the disk again.',
    ],
  },
  pair: {
    error: ['delete-pair', 'Creating this pair failed. Delete it and create the pair again.'],
    'error-deleting': ['delete-pair', 'Deleting this pair failed: delete it again.'],
    'error-attaching': STRANDED_PAIR,
    'error-detaching': STRANDED_PAIR,
    'error-extending': ['expand', 'Expanding failed: expand it again.'],
    invalid: BROKEN_PAIR,
    fault: BROKEN_PAIR,
  },
  group: {
    error: ['delete-group', 'Creating this group failed. Delete it and create the group again.'],
    'error-deleting': ['delete-group', 'Deleting this group failed: delete it again.'],
  },
  drill: { error: FAILED_DRILL, 'error-deleting': FAILED_DRILL },
};

/** A failed group action: run it again; the group's members follow the group. */
const GROUP_RETRY: Record<string, string> = {
  'error-starting': 'Enable protection',
  'error-stopping': 'Disable protection',
  'error-reversing': 'Planned failover',
  'error-failing-over': 'Failover',
  'error-reprotecting': 'Re-protect',
};

/** A status is the cloud's word: only the table's own entries count, never an inherited name. */
const own = <T>(table: Record<string, T>, status: string): T | undefined =>
  Object.hasOwn(table, status) ? table[status] : undefined;

function groupRetry(kind: Kind, status: string): WayOut | null {
  const label = own(GROUP_RETRY, status);
  if (!label || kind === 'drill') return null;
  const failed = statusInfo(status).label;
  const text =
    kind === 'group'
      ? `${failed}: run ${label} again.`
      : `${failed} on the group left this ${kind} behind: run ${label} again on the group; the ${kind} follows it.`;
  return { text, action: 'group-action', label };
}

export function wayOut(kind: Kind, status: string): WayOut | null {
  const way = own(WAYS[kind], status);
  return way ? { action: way[0], text: way[1], label: BUTTON[way[0]] } : groupRetry(kind, status);
}
