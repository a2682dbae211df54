import { describe, expect, it } from 'vitest';
import type { GroupFacts } from '../dr/cycle-rules';
import { blockers, checkPlan } from './plan-check';

const facts = (over: Partial<GroupFacts> = {}): GroupFacts => ({
  status: 'protected',
  replicationStatus: 'active',
  instanceCount: 1,
  pairCount: 1,
  drillCount: 0,
  productionServers: [{ name: 'db-01', status: 'ACTIVE' }],
  drServers: [{ name: 'db-01', status: 'SHUTOFF' }],
  ...over,
});
const groups = (db: Partial<GroupFacts> = {}) =>
  new Map([
    ['db', { name: 'db', facts: facts(db) }],
    ['app', { name: 'app', facts: facts() }],
  ]);

describe('checking a plan before it runs', () => {
  it('checks later steps against what the earlier ones leave: failover, then re-protect', () => {
    const checks = checkPlan(
      [
        { kind: 'group-action', groupId: 'db', action: 'failover' },
        { kind: 'wait', seconds: 10 },
        { kind: 'group-action', groupId: 'db', action: 'reprotect' },
      ],
      groups(),
    );
    expect(checks).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
  });

  it('finds what would block a step, with its code: re-protect of a group not failed over', () => {
    const checks = checkPlan([{ kind: 'group-action', groupId: 'db', action: 'reprotect' }], groups());
    expect(blockers(checks)).toEqual([
      { step: 1, reason: expect.stringMatching(/Re-protecting is possible/), code: 'SDRS.1002' },
    ]);
  });

  it('lets a switchover stop the production servers itself, but not run while replication copies', () => {
    const step = { kind: 'group-action', groupId: 'db', action: 'switchover' } as const;
    expect(checkPlan([step], groups())).toEqual([{ ok: true }]);
    expect(blockers(checkPlan([step], groups({ replicationStatus: 'copying' })))[0]?.code).toBe('SDRS.1830');
  });

  it('refuses steps on a group that no longer exists', () => {
    expect(blockers(checkPlan([{ kind: 'start-servers', groupId: 'gone' }], groups()))).toEqual([
      { step: 1, reason: 'The protection group no longer exists.', code: 'SDRS.1001' },
    ]);
  });
});
