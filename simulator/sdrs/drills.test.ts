import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

describe('DR drills', () => {
  it('creates drill servers in an automatic drill VPC and deletes them with the drill', async () => {
    const t = new TestSim();
    const erp = t.id('group', 'erp-prod');
    const job = await t.run('POST', '/v1/{pid}/disaster-recovery-drills', {
      disaster_recovery_drill: { server_group_id: erp, name: 'quarterly' },
    });
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'createDisasterRecoveryDrill' });
    const id = (job.entities as Record<string, string>).disaster_recovery_drill_id ?? '';
    const d = (await t.call('GET', `/v1/{pid}/disaster-recovery-drills/${id}`)).body.disaster_recovery_drill as Record<
      string,
      unknown
    >;
    expect(d).toMatchObject({ status: 'available', name: 'quarterly', server_group_id: erp });
    expect(d.drill_vpc_id).not.toBe(t.id('vpc', 'vpc-dr-demo'));
    const servers = d.drill_servers as { drill_server_id: string }[];
    expect(servers).toHaveLength(2);
    expect(servers.map((s) => t.sim.state.get('server', s.drill_server_id)?.status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect((await t.call('GET', `/v1/{pid}/disaster-recovery-drills?server_group_id=${erp}`)).body.count).toBe(1);
    expect((await t.call('GET', '/v1/{pid}/server-groups?query_type=period_no_dr_drill')).body.count).toBe(1);
    expect(
      (await t.call('PUT', `/v1/{pid}/disaster-recovery-drills/${id}`, { disaster_recovery_drill: { name: 'q4' } }))
        .body.disaster_recovery_drill,
    ).toMatchObject({ name: 'q4' });
    await t.run('DELETE', `/v1/{pid}/disaster-recovery-drills/${id}`);
    expect(sdrsCode(await t.call('GET', `/v1/{pid}/disaster-recovery-drills/${id}`))).toBe('SDRS.1902');
    expect(servers.every((s) => t.sim.state.get('server', s.drill_server_id) === undefined)).toBe(true);
  });

  it('checks an existing drill VPC and the drill state on delete', async () => {
    const t = new TestSim();
    const erp = t.id('group', 'erp-prod');
    const code = async (drill_vpc_id: string) =>
      sdrsCode(
        await t.call('POST', '/v1/{pid}/disaster-recovery-drills', {
          disaster_recovery_drill: { server_group_id: erp, name: 'd', drill_vpc_id },
        }),
      );
    expect(await code(t.id('vpc', 'vpc-dr-demo'))).toBe('SDRS.1907');
    expect(await code(t.id('vpc', 'vpc-analytics'))).toBe('SDRS.1909');
    expect(await code('nope')).toBe('SDRS.1928');
    const r = await t.call('POST', '/v1/{pid}/disaster-recovery-drills', {
      disaster_recovery_drill: { server_group_id: erp, name: 'd', drill_vpc_id: t.id('vpc', 'vpc-drill') },
    });
    expect(r.status).toBe(200);
    expect(await code(t.id('vpc', 'vpc-drill'))).toBe('SDRS.1921');
    const id = (await t.job(String(r.body.job_id))).entities as Record<string, string>;
    expect(
      sdrsCode(await t.call('DELETE', `/v1/{pid}/disaster-recovery-drills/${id.disaster_recovery_drill_id}`)),
    ).toBe('SDRS.1913');
  });
});
