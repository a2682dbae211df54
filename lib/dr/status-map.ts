/**
 * Every status code the cloud documents (reference §2.5 and §3.1), in plain words, with a tone and
 * whether work is still under way. Codes mean the same thing on groups, instances, pairs and drills,
 * so one map serves them all; unknown codes still render, as themselves.
 */
export type Tone = 'ok' | 'neutral' | 'busy' | 'warn' | 'error';

export interface StatusInfo {
  label: string;
  tone: Tone;
  running: boolean;
  known: boolean;
}

/** The resources a status code is documented for (reference §2.5, §3.1). */
export type ResourceKind = 'group' | 'instance' | 'pair' | 'drill' | 'evsPair';

type Entry = Omit<StatusInfo, 'known'> & { kinds: readonly ResourceKind[] };

const SDRS: ResourceKind[] = ['group', 'instance', 'pair'];
const ALL: ResourceKind[] = [...SDRS, 'drill'];
const busy = (label: string, kinds: readonly ResourceKind[]): Entry => ({ label, tone: 'busy', running: true, kinds });
const failed = (label: string, kinds: readonly ResourceKind[]): Entry => ({
  label,
  tone: 'error',
  running: false,
  kinds,
});

const STATUSES: Record<string, Entry> = {
  creating: busy('Creating', [...ALL, 'evsPair']),
  available: { label: 'Available', tone: 'neutral', running: false, kinds: [...ALL, 'evsPair'] },
  protected: { label: 'Protected', tone: 'ok', running: false, kinds: SDRS },
  starting: busy('Enabling protection', SDRS),
  stopping: busy('Disabling protection', SDRS),
  reversing: busy('Switching over', SDRS),
  'failing-over': busy('Failing over', SDRS),
  'failed-over': { label: 'Failed over', tone: 'warn', running: false, kinds: SDRS },
  reprotecting: busy('Re-protecting', SDRS),
  deleting: busy('Deleting', [...ALL, 'evsPair']),
  'nic-creating': busy('Adding NIC', ['instance']),
  'nic-deleting': busy('Removing NIC', ['instance']),
  resizing: busy('Changing flavor', ['instance']),
  extending: busy('Expanding', ['pair']),
  attaching: busy('Attaching', ['pair']),
  detaching: busy('Detaching', ['pair']),
  error: failed('Creation failed', [...ALL, 'evsPair']),
  'error-starting': failed('Enabling protection failed', SDRS),
  'error-stopping': failed('Disabling protection failed', SDRS),
  'error-reversing': failed('Switchover failed', SDRS),
  'error-failing-over': failed('Failover failed', SDRS),
  'error-reprotecting': failed('Re-protect failed', SDRS),
  'error-deleting': failed('Deletion failed', ALL),
  'error-resizing': failed('Flavor change failed', ['instance']),
  'error-extending': failed('Expansion failed', ['pair']),
  'error-attaching': failed('Attach failed', ['pair']),
  'error-detaching': failed('Detach failed', ['pair']),
  invalid: failed('Invalid: a server or disk was deleted', ['instance', 'pair']),
  fault: failed('Replication fault', ['instance', 'pair']),
  // EVS replication pairs use underscores.
  error_deleting: failed('Deletion failed', ['evsPair']),
  // Jobs (the ledger's own SUBMITTING comes first: the console is still sending the request).
  SUBMITTING: busy('Sending', []),
  INIT: busy('Queued', []),
  RUNNING: busy('Running', []),
  SUCCESS: { label: 'Succeeded', tone: 'ok', running: false, kinds: [] },
  FAIL: failed('Failed', []),
};

/** Replication status of groups and pairs. */
const REPLICATION: Record<string, Entry> = {
  active: { label: 'In sync', tone: 'ok', running: false, kinds: [] },
  copying: busy('Synchronizing', []),
  'active-stopped': { label: 'Paused (consistent)', tone: 'neutral', running: false, kinds: [] },
  inactive: { label: 'Not replicating', tone: 'neutral', running: false, kinds: [] },
  error: failed('Replication error', []),
};

const lookup = (table: Record<string, Entry>, code: string | null | undefined): StatusInfo => {
  const entry = code && Object.hasOwn(table, code) ? table[code] : undefined;
  return entry
    ? { label: entry.label, tone: entry.tone, running: entry.running, known: true }
    : { label: code || 'Unknown', tone: 'neutral', running: false, known: false };
};

/** ECS server statuses as a power state (reference §5.1); anything else is a change or a fault. */
const POWER: Record<string, Entry> = {
  ACTIVE: { label: 'Running', tone: 'ok', running: false, kinds: [] },
  SHUTOFF: { label: 'Stopped', tone: 'neutral', running: false, kinds: [] },
  BUILD: busy('Building', []),
  REBOOT: busy('Rebooting', []),
  HARD_REBOOT: busy('Rebooting', []),
  RESIZE: busy('Resizing', []),
  MIGRATING: busy('Migrating', []),
  ERROR: failed('Error', []),
};

export const statusInfo = (code: string | null | undefined): StatusInfo => lookup(STATUSES, code);
export const powerInfo = (code: string | null | undefined): StatusInfo => lookup(POWER, code);
export const replicationInfo = (code: string | null | undefined): StatusInfo => lookup(REPLICATION, code);

const statusesOf = (kind: ResourceKind): string[] =>
  Object.entries(STATUSES)
    .filter(([, entry]) => entry.kinds.includes(kind))
    .map(([code]) => code);

/** Statuses a person would filter a list by, per resource kind: every status documented for it. */
export const STATUS_FILTERS: Record<ResourceKind, readonly string[]> = {
  group: statusesOf('group'),
  instance: statusesOf('instance'),
  pair: statusesOf('pair'),
  drill: statusesOf('drill'),
  evsPair: statusesOf('evsPair'),
};
