import { describe, expect, it } from 'vitest';
import type { CloudServer, ProtectedInstance, ReplicationPair, ServerGroup } from '../otc/schemas';
import { groupReadiness, serverDrift, type GroupFacts, type InstanceFacts } from './readiness';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 24 * 3600 * 1000;

const group = (over: Partial<ServerGroup> = {}): ServerGroup =>
  ({
    id: 'g1',
    name: 'erp-prod',
    status: 'protected',
    progress: 100,
    replication_status: 'active',
    health_status: 'normal',
    priority_station: 'source',
    source_availability_zone: 'eu-de-01',
    target_availability_zone: 'eu-de-02',
    source_vpc_id: 'vpc',
    ...over,
  }) as ServerGroup;

const pair = (id: string, fault_level = '0'): ReplicationPair =>
  ({ id, name: `pair-${id}`, status: 'protected', fault_level }) as ReplicationPair;

const server = (id: string, over: Partial<CloudServer> = {}): CloudServer =>
  ({
    id,
    name: 'app-01',
    status: 'SHUTOFF',
    flavor: { id: 's3.large.2', vcpus: 2, ram: 4096 },
    security_groups: [{ name: 'sg-app' }],
    tags: ['env=prod'],
    ...over,
  }) as CloudServer;

const instance = (name: string, over: Partial<InstanceFacts> = {}): InstanceFacts => ({
  instance: { id: `pi-${name}`, name, target_server: `dr-${name}` } as ProtectedInstance,
  production: server(`prod-${name}`, { status: 'ACTIVE' }),
  dr: server(`dr-${name}`),
  drFlavorSold: true,
  ...over,
});

const facts = (over: Partial<GroupFacts> = {}): GroupFacts => ({
  group: group(),
  pairs: [pair('p1'), pair('p2')],
  instances: [instance('app-01')],
  lastDrillAt: NOW - 10 * DAY,
  failedTasks: 0,
  drillMaxAgeDays: 90,
  now: NOW,
  ...over,
});

const check = (f: GroupFacts, id: string) => groupReadiness(f).checks.find((c) => c.id === id);

describe('readiness of a protection group', () => {
  it('is ready when every check passes, and says what each found', () => {
    const r = groupReadiness(facts());
    expect(r.verdict).toBe('ready');
    expect(r.checks.map((c) => [c.id, c.level])).toEqual([
      ['protection', 'ok'],
      ['first-sync', 'ok'],
      ['pair-faults', 'ok'],
      ['dr-flavor', 'ok'],
      ['dr-server', 'ok'],
      ['drill', 'ok'],
      ['failed-tasks', 'ok'],
      ['drift', 'ok'],
    ]);
    expect(check(facts(), 'drill')?.detail).toBe('The last drill succeeded 10 days ago.');
  });

  it('is not protected while protection is off, or when it protects nothing', () => {
    const off = groupReadiness(facts({ group: group({ status: 'available' }) }));
    expect(off.verdict).toBe('not-protected');
    expect(off.checks[0]).toMatchObject({ id: 'protection', level: 'problem', href: '/protection-groups/g1' });
    expect(groupReadiness(facts({ instances: [] })).verdict).toBe('not-protected');
  });

  it('is at risk while the first full synchronisation runs', () => {
    const f = facts({ group: group({ progress: 40, replication_status: 'copying' }) });
    expect(groupReadiness(f).verdict).toBe('at-risk');
    expect(check(f, 'first-sync')).toMatchObject({ level: 'problem', detail: expect.stringContaining('40 %') });
  });

  it('is at risk when the cloud reports the group abnormal', () => {
    expect(check(facts({ group: group({ health_status: 'abnormal' }) }), 'health')?.level).toBe('problem');
  });

  it('names the pairs with fault level 2 (fail over) and 5 (failover impossible)', () => {
    const advised = check(facts({ pairs: [pair('p1', '2'), pair('p2')] }), 'pair-faults');
    expect(advised).toMatchObject({ level: 'problem', href: '/replication-pairs/p1' });
    expect(advised?.remedy).toMatch(/Fail the group over/);
    expect(advised?.items).toEqual(['pair-p1: Production disk lost: failover advised']);
    const blocked = check(facts({ pairs: [pair('p1', '2'), pair('p2', '5')] }), 'pair-faults');
    expect(blocked?.why).toMatch(/cannot be failed over/);
    expect(blocked?.remedy).toMatch(/support/);
  });

  it('names the instances whose DR flavor is sold out in the DR AZ', () => {
    const f = facts({ instances: [instance('app-01', { drFlavorSold: false }), instance('app-02')] });
    expect(check(f, 'dr-flavor')).toMatchObject({
      level: 'problem',
      href: '/protected-instances/pi-app-01',
      items: ['app-01: s3.large.2'],
    });
    // Unknown (the flavor list could not be read) is not called a problem.
    expect(check(facts({ instances: [instance('a', { drFlavorSold: null })] }), 'dr-flavor')?.level).toBe('ok');
  });

  it('wants every DR server present and stopped while production runs, not after a failover', () => {
    const gone = check(facts({ instances: [instance('app-01', { dr: undefined })] }), 'dr-server');
    expect(gone).toMatchObject({ level: 'problem', title: 'DR servers missing' });
    const running = check(
      facts({ instances: [instance('app-01', { dr: server('dr', { status: 'ACTIVE' }) })] }),
      'dr-server',
    );
    expect(running).toMatchObject({ level: 'problem', title: 'DR servers running' });
    const failedOver = facts({
      group: group({ status: 'failed-over', priority_station: 'target' }),
      instances: [instance('app-01', { dr: server('dr', { status: 'ACTIVE' }) })],
    });
    expect(check(failedOver, 'dr-server')).toBeUndefined();
    expect(groupReadiness(failedOver).runningAtDrSite).toBe(true);
  });

  it('warns when the group was never drilled, or not within the allowed age', () => {
    expect(check(facts({ lastDrillAt: null }), 'drill')).toMatchObject({ level: 'warning', title: 'Never drilled' });
    const old = check(facts({ lastDrillAt: NOW - 91 * DAY }), 'drill');
    expect(old).toMatchObject({ level: 'warning', title: 'No recent drill' });
    expect(old?.detail).toMatch(/91 days ago \(more than 90\)/);
    expect(check(facts({ lastDrillAt: NOW - 91 * DAY, drillMaxAgeDays: 120 }), 'drill')?.level).toBe('ok');
    expect(groupReadiness(facts({ lastDrillAt: null })).verdict).toBe('at-risk');
  });

  it('warns about unresolved failed tasks and links the group’s tasks', () => {
    expect(check(facts({ failedTasks: 3 }), 'failed-tasks')).toMatchObject({
      level: 'warning',
      href: '/task-center?group=g1',
      detail: '3 failed tasks of this group are in the task center.',
    });
  });

  it('lists the drift SDRS does not copy, per instance', () => {
    const dr = server('dr', { name: 'app-01-dr', flavor: { id: 's3.medium.2', vcpus: 1, ram: 2048 }, tags: [] });
    const f = facts({ instances: [instance('app-01', { dr })] });
    expect(check(f, 'drift')).toMatchObject({
      level: 'warning',
      items: ['app-01: name app-01 / app-01-dr; flavor s3.large.2 / s3.medium.2; tags env=prod / none'],
    });
  });
});

describe('server drift', () => {
  it('compares security groups and tags as sets, not in order', () => {
    const a = server('a', { security_groups: [{ name: 'x' }, { name: 'y' }], tags: ['a=1', 'b=2'] });
    const b = server('b', { security_groups: [{ name: 'y' }, { name: 'x' }], tags: ['b=2', 'a=1'] });
    expect(serverDrift(a, b)).toEqual([]);
    expect(serverDrift(a, server('c', { security_groups: [{ name: 'x' }], tags: ['a=1', 'b=2'] }))).toEqual([
      'security groups x, y / x',
    ]);
  });
});
