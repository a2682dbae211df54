import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

const pairBody = (t: TestSim, volume: string, over: Record<string, unknown> = {}) => ({
  replication: {
    server_group_id: t.id('group', 'crm-staging'),
    volume_id: t.id('volume', volume),
    name: 'rp-1',
    ...over,
  },
});

describe('replication pairs', () => {
  it('creates a DR disk of the same size and type in the DR AZ', async () => {
    const t = new TestSim();
    const job = await t.run('POST', '/v1/{pid}/replications', pairBody(t, 'spare-sas-50-a', { description: 'logs' }));
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'createReplicationPairNoCG' });
    const id = (job.entities as Record<string, string>).replication_pair_id ?? '';
    const p = (await t.call('GET', `/v1/{pid}/replications/${id}`)).body.replication as Record<string, unknown>;
    expect(p).toMatchObject({
      status: 'available',
      description: 'logs',
      priority_station: 'source',
      fault_level: '0',
      record_metadata: { volume_size: 50, volume_type: 'SAS', multiattach: false, bootable: false },
    });
    expect(typeof p.volume_ids).toBe('string');
    const [prod, dr] = String(p.volume_ids).split(',');
    expect(prod).toBe(t.id('volume', 'spare-sas-50-a'));
    expect(t.sim.state.get('volume', dr ?? '')).toMatchObject({
      az: 'eu-de-02',
      size: 50,
      volume_type: 'SAS',
      status: 'available',
    });
    expect(String(p.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });

  it('refuses disks that cannot be replicated, each with its code', async () => {
    const t = new TestSim();
    const code = async (volume: string, over: Record<string, unknown> = {}) =>
      sdrsCode(await t.call('POST', '/v1/{pid}/replications', pairBody(t, volume, over)));
    expect(await code('web-01-sys')).toBe('SDRS.1801'); // in use
    expect(await code('spare-ssd-100-b')).toBe('SDRS.1810'); // DR AZ
    expect(await code('spare-ssd-20-enc-a')).toBe('SDRS.1802');
    expect(await code('spare-ssd-100-a', { volume_id: 'nope' })).toBe('SDRS.0211');
    expect(await code('spare-ssd-100-a', { name: 'x'.repeat(65) })).toBe('SDRS.0202');
    expect(await code('spare-ssd-100-a', { description: '>' })).toBe('SDRS.0212');
    await t.run('POST', '/v1/{pid}/replications', pairBody(t, 'spare-ssd-100-a'));
    // Still unattached, but now paired.
    expect(await code('spare-ssd-100-a')).toBe('SDRS.1811');
    t.sim.state.put('quota', { id: t.project, server_groups: 50, replications: 5 });
    expect(await code('spare-sas-50-a')).toBe('SDRS.0306');
  });

  it('answers a missing pair flat with SDRS.1608 and HTTP 400', async () => {
    const t = new TestSim();
    const r = await t.call('GET', '/v1/{pid}/replications/nope');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error_code: 'SDRS.1608', error_msg: 'Replication pair not found' });
    expect((await t.call('DELETE', '/v1/{pid}/replications/nope')).body.error_code).toBe('SDRS.1608');
  });

  it('lists with filters and count, renames, expands and deletes (optionally the DR disk)', async () => {
    const t = new TestSim();
    const list = async (q: string) => (await t.call('GET', `/v1/{pid}/replications?${q}`)).body;
    expect((await list('')).count).toBe(4);
    expect((await list(`server_group_id=${t.id('group', 'crm-staging')}`)).count).toBe(0);
    expect((await list('name=web')).count).toBe(2);
    expect((await list(`volume_id=${t.id('volume', 'db-01-sys')}`)).count).toBe(1);
    expect(((await list('limit=3&offset=2')).replications as unknown[]).length).toBe(2);

    const job = await t.run('POST', '/v1/{pid}/replications', pairBody(t, 'spare-ssd-100-a'));
    const id = (job.entities as Record<string, string>).replication_pair_id ?? '';
    expect(
      (await t.call('PUT', `/v1/{pid}/replications/${id}`, { replication: { name: 'renamed' } })).body.replication,
    ).toMatchObject({ name: 'renamed' });
    expect(
      sdrsCode(
        await t.call('POST', `/v1/{pid}/replications/${id}/action`, { 'extend-replication': { new_size: 100 } }),
      ),
    ).toBe('SDRS.0201');
    expect(sdrsCode(await t.call('POST', `/v1/{pid}/replications/${id}/action`, { shrink: {} }))).toBe('SDRS.0206');
    const expand = await t.run('POST', `/v1/{pid}/replications/${id}/action`, {
      'extend-replication': { new_size: 150.7 },
    });
    expect(expand.job_type).toBe('expandReplicationPairNew');
    const pair = t.sim.state.get('pair', id);
    expect(pair?.volume_ids.map((v) => t.sim.state.get('volume', v)?.size)).toEqual([150, 150]);
    const drDisk = pair?.volume_ids[1] ?? '';
    await t.run('DELETE', `/v1/{pid}/replications/${id}`, { replication: { delete_target_volume: true } });
    expect(t.sim.state.get('pair', id)).toBeUndefined();
    expect(t.sim.state.get('volume', drDisk)).toBeUndefined();
    expect(t.sim.state.get('volume', t.id('volume', 'spare-ssd-100-a'))).toBeDefined();
  });
});
