/** Job types in plain words; unknown types show as they are. */
const JOB_TYPES: Record<string, string> = {
  createProtectionGroupNoCG: 'Create protection group',
  deleteProtectionGroupNoCG: 'Delete protection group',
  startProtectionGroupNoCG: 'Enable protection',
  reprotectProtectionGroupNoCG: 'Re-protect',
  stopProtectionGroupNoCG: 'Disable protection',
  failoverProtectionGroupNoCG: 'Failover',
  reverseProtectionGroupNoCG: 'Switchover',
  createProtectedInstanceNoCG: 'Create protected instance',
  createProtectedInstance: 'Create protected instance',
  deleteProtectedInstanceNoCG: 'Delete protected instance',
  attachReplicationPairNew: 'Attach replication pair',
  detachReplicationPairNew: 'Detach replication pair',
  addNicNew: 'Add NIC',
  deleteNicNew: 'Delete NIC',
  resizeProtectedInstanceNew: 'Change flavor',
  createReplicationPairNoCG: 'Create replication pair',
  deleteReplicationPairNoCG: 'Delete replication pair',
  expandReplicationPairNew: 'Expand replication pair',
  createDisasterRecoveryDrill: 'Create DR drill',
  deleteDisasterRecoveryDrill: 'Delete DR drill',
  createServerNoCG: 'Create DR server',
  deleteServerNoCG: 'Delete DR server',
  createEvsReplicationPair: 'Create EVS replication pair',
  renameProtectionGroup: 'Rename protection group',
  renameProtectedInstance: 'Rename protected instance',
  renameReplicationPair: 'Rename replication pair',
  editInstanceTags: 'Edit tags',
  dismissFailedTasks: 'Dismiss failed tasks',
  startProtectionGroupRepNoCG: 'Start replication of a pair',
  reprotectProtectionGroupRepNoCG: 'Re-protect a pair',
  stopProtectionGroupRepNoCG: 'Stop replication of a pair',
  reverseProtectionGroupRepNoCG: 'Reverse replication of a pair',
  failoverProtectionGroupRepNoCG: 'Fail over a pair',
  batchStartServers: 'Start servers',
  batchStopServers: 'Stop servers',
  startServer: 'Start a server',
  stopServer: 'Stop a server',
  runRecoveryPlan: 'Run recovery plan',
  drillRecoveryPlan: 'Drill recovery plan',
};

export const jobTypeLabel = (type: string): string => JOB_TYPES[type] ?? type;

/** The operation a group's transitional status means, for one started outside the console. */
const GROUP_STATUS_JOB: Record<string, string> = {
  creating: 'createProtectionGroupNoCG',
  deleting: 'deleteProtectionGroupNoCG',
  starting: 'startProtectionGroupNoCG',
  stopping: 'stopProtectionGroupNoCG',
  reversing: 'reverseProtectionGroupNoCG',
  'failing-over': 'failoverProtectionGroupNoCG',
  reprotecting: 'reprotectProtectionGroupNoCG',
};

export const jobTypeForGroupStatus = (status: string): string | null => GROUP_STATUS_JOB[status] ?? null;

/** Who the ledger names for an operation it saw happen but did not start. */
export const OUTSIDE_THE_CONSOLE = '(outside the console)';

/** What a finished step has made, which stays in the cloud when a later step fails. */
const STEP_MAKES: Record<string, string> = {
  createServerNoCG: 'a DR server',
  createReplicationPairNoCG: 'a replication pair with its DR disk',
  attachReplicationPairNew: 'a replication pair attached to the instance',
  addNicNew: 'a NIC',
  createDisasterRecoveryDrill: 'a DR drill with its drill servers',
};

export const stepMakes = (type: string): string | null => STEP_MAKES[type] ?? null;

export const JOB_TYPE_FILTERS = [
  'createProtectionGroupNoCG',
  'startProtectionGroupNoCG',
  'stopProtectionGroupNoCG',
  'reverseProtectionGroupNoCG',
  'failoverProtectionGroupNoCG',
  'reprotectProtectionGroupNoCG',
  'createDisasterRecoveryDrill',
  'deleteDisasterRecoveryDrill',
  'deleteProtectedInstanceNoCG',
  'deleteReplicationPairNoCG',
  'deleteProtectionGroupNoCG',
  'batchStopServers',
  'batchStartServers',
  'createProtectedInstanceNoCG',
  'createReplicationPairNoCG',
  'createEvsReplicationPair',
  'attachReplicationPairNew',
  'detachReplicationPairNew',
  'addNicNew',
  'deleteNicNew',
  'resizeProtectedInstanceNew',
  'expandReplicationPairNew',
  'runRecoveryPlan',
  'drillRecoveryPlan',
] as const;
