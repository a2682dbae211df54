import { describe, expect, it } from 'vitest';
import {
  ALLOWED_GROUP_STATUSES,
  checkDeleteDrill,
  checkDeleteInstance,
  checkDeletePair,
  checkGroupAction,
  CYCLE_ACTIONS,
  drillVpcProblem,
  verdictText,
  type GroupFacts,
  type Verdict,
} from './cycle-rules';
import documented from './documented-statuses.json';
import { hasAdvice } from './error-catalogue';

const stopped = [{ name: 'web-01', status: 'SHUTOFF' }];
const facts = (over: Partial<GroupFacts> = {}): GroupFacts => ({
  status: 'protected',
  replicationStatus: 'active',
  instanceCount: 1,
  pairCount: 2,
  drillCount: 0,
  productionServers: stopped,
  drServers: [{ name: 'web-01-dr', status: 'SHUTOFF' }],
  ...over,
});
const refusedWith = (v: Verdict) => (v.ok ? null : v.code);

describe('DR cycle pre-flight rules', () => {
  it('allows every action from each documented status it lists, and from no other', () => {
    for (const action of CYCLE_ACTIONS) {
      for (const status of documented.group) {
        const g = facts({
          status,
          ...(action === 'deleteGroup' ? { instanceCount: 0, pairCount: 0 } : {}),
        });
        expect(checkGroupAction(action, g).ok, `${action} from ${status}`).toBe(
          ALLOWED_GROUP_STATUSES[action].includes(status),
        );
      }
    }
  });

  it('refuses each precondition with the code the cloud would answer', () => {
    expect(refusedWith(checkGroupAction('enable', facts({ status: 'available', pairCount: 0 })))).toBe('SDRS.1027');
    expect(refusedWith(checkGroupAction('enable', facts({ status: 'protected' })))).toBe('SDRS.1002');
    expect(refusedWith(checkGroupAction('disable', facts({ status: 'available' })))).toBe('SDRS.1019');
    const running = [{ name: 'web-01', status: 'ACTIVE' }];
    expect(refusedWith(checkGroupAction('switchover', facts({ productionServers: running })))).toBe('SDRS.1319');
    expect(refusedWith(checkGroupAction('switchover', facts({ replicationStatus: 'copying' })))).toBe('SDRS.1830');
    expect(refusedWith(checkGroupAction('switchover', facts({ pairCount: 0 })))).toBe('SDRS.1029');
    expect(refusedWith(checkGroupAction('failover', facts({ status: 'available' })))).toBe('SDRS.1002');
    expect(refusedWith(checkGroupAction('failover', facts({ pairCount: 0 })))).toBe('SDRS.1030');
    expect(refusedWith(checkGroupAction('reprotect', facts({ status: 'failed-over', drServers: running })))).toBe(
      'SDRS.1342',
    );
    expect(refusedWith(checkGroupAction('createDrill', facts({ replicationStatus: 'copying' })))).toBe('SDRS.1830');
    expect(refusedWith(checkGroupAction('deleteGroup', facts({ status: 'available' })))).toBe('SDRS.1001');
    expect(refusedWith(checkGroupAction('deleteGroup', facts({ status: 'available', instanceCount: 0 })))).toBe(
      'SDRS.1010',
    );
    expect(
      refusedWith(
        checkGroupAction('deleteGroup', facts({ status: 'available', instanceCount: 0, pairCount: 0, drillCount: 1 })),
      ),
    ).toBe('SDRS.1003');
  });

  it('allows what the state permits', () => {
    expect(checkGroupAction('enable', facts({ status: 'available' })).ok).toBe(true);
    expect(checkGroupAction('switchover', facts()).ok).toBe(true);
    expect(checkGroupAction('failover', facts({ productionServers: [{ name: 'x', status: 'ACTIVE' }] })).ok).toBe(true);
    expect(checkGroupAction('reprotect', facts({ status: 'failed-over' })).ok).toBe(true);
    expect(checkGroupAction('deleteGroup', facts({ status: 'available', instanceCount: 0, pairCount: 0 })).ok).toBe(
      true,
    );
  });

  it('names the running servers and the code in the reason a button shows', () => {
    const v = checkGroupAction('switchover', facts({ productionServers: [{ name: 'db-01', status: 'ACTIVE' }] }));
    expect(verdictText(v)).toBe(
      'All servers at the production site must be stopped first (db-01). (would fail with SDRS.1319)',
    );
    expect(verdictText({ ok: true })).toBeNull();
  });

  it('checks deletes of instances, pairs and drills', () => {
    expect(checkDeleteInstance('protected', 'protected').ok).toBe(true);
    expect(refusedWith(checkDeleteInstance('creating', 'protected'))).toBe('SDRS.1301');
    expect(refusedWith(checkDeleteInstance('available', 'starting'))).toBe('SDRS.1324');
    expect(checkDeletePair({ status: 'available', attachedTo: null }, 'available').ok).toBe(true);
    expect(refusedWith(checkDeletePair({ status: 'available', attachedTo: 'web-01' }, 'available'))).toBe('SDRS.1605');
    expect(refusedWith(checkDeletePair({ status: 'creating', attachedTo: null }, 'available'))).toBe('SDRS.0214');
    expect(refusedWith(checkDeletePair({ status: 'available', attachedTo: null }, 'reversing'))).toBe('SDRS.1002');
    expect(checkDeleteDrill('available').ok).toBe(true);
    expect(refusedWith(checkDeleteDrill('creating'))).toBe('SDRS.1002');
  });

  it('offers only a VPC with the group VPC CIDR that is not the group VPC for a drill', () => {
    const group = { vpcId: 'vpc-1', vpcCidr: '192.168.0.0/16' };
    expect(drillVpcProblem({ id: 'vpc-2', cidr: '192.168.0.0/16' }, group)).toBeNull();
    expect(drillVpcProblem({ id: 'vpc-1', cidr: '192.168.0.0/16' }, group)).toMatch(/SDRS.1907/);
    expect(drillVpcProblem({ id: 'vpc-3', cidr: '10.0.0.0/8' }, group)).toMatch(/SDRS.1909/);
  });

  it('explains every code a rule can report', () => {
    const codes = new Set<string>();
    const add = (v: Verdict) => !v.ok && v.code && codes.add(v.code);
    for (const action of CYCLE_ACTIONS)
      for (const status of documented.group)
        for (const over of [
          {},
          { pairCount: 0 },
          { replicationStatus: 'copying' },
          { instanceCount: 0, pairCount: 0, drillCount: 1 },
        ])
          add(
            checkGroupAction(
              action,
              facts({
                status,
                ...over,
                productionServers: [{ name: 'a', status: 'ACTIVE' }],
                drServers: [{ name: 'b', status: 'ACTIVE' }],
              }),
            ),
          );
    add(checkDeleteInstance('creating', 'available'));
    add(checkDeleteInstance('available', 'starting'));
    add(checkDeletePair({ status: 'available', attachedTo: 'x' }, 'available'));
    add(checkDeletePair({ status: 'creating', attachedTo: null }, 'available'));
    expect(codes.size).toBeGreaterThanOrEqual(12);
    for (const code of codes) expect(hasAdvice(code), code).toBe(true);
  });
});
