import type { ServerGroup } from '../otc/schemas';
import type { GroupActionKey } from '../otc/sdrs-groups';
import type { CycleAction } from './cycle-rules';

/**
 * The group actions that move or protect production: the job type the ledger records, the key the
 * SDRS action URL takes, and the options it sends. One home for the group page's actions and the
 * recovery plans' runner.
 */
export interface GroupOperation {
  rule: CycleAction;
  jobType: string;
  key: GroupActionKey;
  options: (group: Pick<ServerGroup, 'priority_station'>) => { priority_station?: 'source' | 'target' };
}

const none = () => ({});

export const GROUP_OPERATIONS = {
  enable: { rule: 'enable', jobType: 'startProtectionGroupNoCG', key: 'start-server-group', options: none },
  disable: { rule: 'disable', jobType: 'stopProtectionGroupNoCG', key: 'stop-server-group', options: none },
  reprotect: { rule: 'reprotect', jobType: 'reprotectProtectionGroupNoCG', key: 'start-server-group', options: none },
  /** A planned failover moves production to the other site: the station that does not run it now. */
  switchover: {
    rule: 'switchover',
    jobType: 'reverseProtectionGroupNoCG',
    key: 'reverse-server-group',
    options: (g) => ({ priority_station: g.priority_station === 'source' ? 'target' : 'source' }),
  },
  failover: { rule: 'failover', jobType: 'failoverProtectionGroupNoCG', key: 'failover-server-group', options: none },
} as const satisfies Record<string, GroupOperation>;
