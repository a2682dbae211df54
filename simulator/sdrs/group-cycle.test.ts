import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

/** Switchover, failover and re-protect on the seeded protected group, step by step. */
describe('group DR actions', () => {
  const stopServers = async (t: TestSim, names: string[]) => {
    for (const name of names) {
      const id = t.sim.state.all('server').find((s) => s.name === name && s.az === 'eu-de-01')?.id;
      expect((await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { 'os-stop': null })).status).toBe(202);
    }
    t.settle(5000);
  };
  const action = (t: TestSim, body: unknown) =>
    t.call('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, body);

  it('switchover flips the station of the group and its pairs and keeps them protected', async () => {
    const t = new TestSim();
    await stopServers(t, ['web-01', 'db-01']);
    const r = await action(t, { 'reverse-server-group': { priority_station: 'target' } });
    expect(t.byName('group', 'erp-prod').status).toBe('reversing');
    expect(t.sim.state.all('instance').every((pi) => pi.status === 'reversing')).toBe(true);
    t.settle();
    const job = await t.job(String(r.body.job_id));
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'reverseProtectionGroupNoCG' });
    expect(t.byName('group', 'erp-prod')).toMatchObject({
      status: 'protected',
      priority_station: 'target',
      replication_status: 'active',
    });
    expect(t.sim.state.all('pair').every((p) => p.priority_station === 'target' && p.status === 'protected')).toBe(
      true,
    );
    // Listing by AZ follows the current production site.
    expect((await t.call('GET', '/v1/{pid}/server-groups?availability_zone=eu-de-02')).body.count).toBe(1);
    // Back again needs the now-production (eu-de-02) servers stopped: the DR servers are.
    expect(
      (
        await t.run('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
          'reverse-server-group': { priority_station: 'source' },
        })
      ).status,
    ).toBe('SUCCESS');
    expect(t.byName('group', 'erp-prod').priority_station).toBe('source');
  });

  it('refuses switchover while replication is still copying (SDRS.1830)', async () => {
    const t = new TestSim();
    await stopServers(t, ['web-01', 'db-01']);
    const pair = t.sim.state.all('pair')[0];
    if (pair) {
      pair.replication_status = 'copying';
      t.sim.state.put('pair', pair);
    }
    expect(sdrsCode(await action(t, { 'reverse-server-group': { priority_station: 'target' } }))).toBe('SDRS.1830');
  });

  it('failover stops production, flips the station and stops replication; re-protect needs DR servers stopped', async () => {
    const t = new TestSim();
    const job = await t.run('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
      'failover-server-group': {},
    });
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'failoverProtectionGroupNoCG' });
    expect(t.byName('group', 'erp-prod')).toMatchObject({
      status: 'failed-over',
      priority_station: 'target',
      replication_status: 'inactive',
      protected_status: 'stopped',
    });
    expect(t.sim.state.all('instance').every((pi) => pi.status === 'failed-over')).toBe(true);
    expect(t.byName('server', 'web-01').status).toBe('SHUTOFF'); // the eu-de-01 one is found first
    expect(
      t.sim.state
        .all('server')
        .filter((s) => ['web-01', 'db-01'].includes(s.name))
        .every((s) => s.status === 'SHUTOFF'),
    ).toBe(true);

    // The operator starts the new production server (eu-de-02) and, by mistake, an old one.
    const oldWeb = t.sim.state.all('server').find((s) => s.name === 'web-01' && s.az === 'eu-de-01');
    await t.call('POST', `/v2.1/{pid}/servers/${oldWeb?.id}/action`, { 'os-start': null });
    t.settle(5000);
    expect(sdrsCode(await action(t, { 'start-server-group': {} }))).toBe('SDRS.1342');
    await t.call('POST', `/v2.1/{pid}/servers/${oldWeb?.id}/action`, { 'os-stop': null });
    t.settle(5000);
    const reprotect = await action(t, { 'start-server-group': {} });
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'reprotecting', progress: 0 });
    t.settle();
    expect((await t.job(String(reprotect.body.job_id))).job_type).toBe('reprotectProtectionGroupNoCG');
    expect(t.byName('group', 'erp-prod')).toMatchObject({
      status: 'protected',
      priority_station: 'target',
      replication_status: 'active',
    });
  });

  it('a failed failover leaves error-failing-over, from which failover may run again', async () => {
    const t = new TestSim();
    await t.raw('POST', '/__sim/faults/fail-next-job', {
      body: { job_type: 'failoverProtectionGroupNoCG', error_code: 'SDRS.1030' },
    });
    expect(
      (
        await t.run('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
          'failover-server-group': {},
        })
      ).status,
    ).toBe('FAIL');
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'error-failing-over', priority_station: 'source' });
    expect(t.sim.state.all('instance').every((pi) => pi.status === 'error-failing-over')).toBe(true);
    expect((await t.call('GET', '/v1/{pid}/protected-instances?query_type=status_abnormal')).body.count).toBe(2);
    expect(
      (
        await t.run('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
          'failover-server-group': {},
        })
      ).status,
    ).toBe('SUCCESS');
  });
});
