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

const busy = (label: string) => ({ label, tone: 'busy' as const, running: true });
const failed = (label: string) => ({ label, tone: 'error' as const, running: false });

const STATUSES: Record<string, Omit<StatusInfo, 'known'>> = {
  creating: busy('Creating'),
  available: { label: 'Available', tone: 'neutral', running: false },
  protected: { label: 'Protected', tone: 'ok', running: false },
  deleting: busy('Deleting'),
  'error-deleting': failed('Deletion failed'),
  error: failed('Creation failed'),
  starting: busy('Enabling protection'),
  'error-starting': failed('Enabling protection failed'),
  reprotecting: busy('Re-protecting'),
  'error-reprotecting': failed('Re-protect failed'),
  stopping: busy('Disabling protection'),
  'error-stopping': failed('Disabling protection failed'),
  reversing: busy('Switching over'),
  'error-reversing': failed('Switchover failed'),
  'failing-over': busy('Failing over'),
  'failed-over': { label: 'Failed over', tone: 'warn', running: false },
  'error-failing-over': failed('Failover failed'),
  'nic-creating': busy('Adding NIC'),
  'nic-deleting': busy('Removing NIC'),
  resizing: busy('Changing flavor'),
  'error-resizing': failed('Flavor change failed'),
  invalid: failed('Invalid: a server or disk was deleted'),
  fault: failed('Replication fault'),
  extending: busy('Expanding'),
  'error-extending': failed('Expansion failed'),
  attaching: busy('Attaching'),
  detaching: busy('Detaching'),
  'error-attaching': failed('Attach failed'),
  'error-detaching': failed('Detach failed'),
  // EVS replication pairs use underscores.
  error_deleting: failed('Deletion failed'),
  // Jobs.
  INIT: busy('Queued'),
  RUNNING: busy('Running'),
  SUCCESS: { label: 'Succeeded', tone: 'ok', running: false },
  FAIL: failed('Failed'),
};

/** Replication status of groups and pairs. */
const REPLICATION: Record<string, Omit<StatusInfo, 'known'>> = {
  active: { label: 'In sync', tone: 'ok', running: false },
  copying: busy('Synchronizing'),
  'active-stopped': { label: 'Paused (consistent)', tone: 'neutral', running: false },
  inactive: { label: 'Not replicating', tone: 'neutral', running: false },
  error: failed('Replication error'),
};

const lookup = (table: Record<string, Omit<StatusInfo, 'known'>>, code: string | null | undefined): StatusInfo => {
  const entry = code ? table[code] : undefined;
  return entry
    ? { ...entry, known: true }
    : { label: code || 'Unknown', tone: 'neutral', running: false, known: false };
};

export const statusInfo = (code: string | null | undefined): StatusInfo => lookup(STATUSES, code);
export const replicationInfo = (code: string | null | undefined): StatusInfo => lookup(REPLICATION, code);

/** Statuses a person would filter a list by, per resource kind (reference §2.5). */
export const STATUS_FILTERS = {
  group: [
    'creating',
    'available',
    'protected',
    'starting',
    'stopping',
    'reversing',
    'failing-over',
    'failed-over',
    'reprotecting',
    'deleting',
    'error',
    'error-starting',
    'error-stopping',
    'error-reversing',
    'error-failing-over',
    'error-reprotecting',
    'error-deleting',
  ],
  instance: [
    'creating',
    'available',
    'protected',
    'starting',
    'stopping',
    'reversing',
    'failing-over',
    'failed-over',
    'reprotecting',
    'deleting',
    'nic-creating',
    'nic-deleting',
    'resizing',
    'error',
    'error-starting',
    'error-stopping',
    'error-reversing',
    'error-failing-over',
    'error-reprotecting',
    'error-deleting',
    'error-resizing',
    'invalid',
    'fault',
  ],
  pair: [
    'creating',
    'available',
    'protected',
    'starting',
    'stopping',
    'reversing',
    'failing-over',
    'failed-over',
    'reprotecting',
    'deleting',
    'extending',
    'attaching',
    'detaching',
    'error',
    'error-starting',
    'error-stopping',
    'error-reversing',
    'error-failing-over',
    'error-reprotecting',
    'error-deleting',
    'error-extending',
    'error-attaching',
    'error-detaching',
    'invalid',
    'fault',
  ],
  drill: ['creating', 'available', 'deleting', 'error', 'error-deleting'],
  evsPair: ['creating', 'available', 'error', 'deleting', 'error_deleting'],
} as const;
