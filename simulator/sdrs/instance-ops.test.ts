import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

/** A fresh protected instance of app-01 in crm-staging and a spare pair in the same group. */
async function setup() {
  const t = new TestSim();
  const crm = t.id('group', 'crm-staging');
  const job = await t.run('POST', '/v1/{pid}/protected-instances', {
    protected_instance: { server_group_id: crm, server_id: t.id('server', 'app-02'), name: 'app-02' },
  });
  const piId = (job.entities as Record<string, string>).protected_instance_id ?? '';
  const pairJob = await t.run('POST', '/v1/{pid}/replications', {
    replication: { server_group_id: crm, volume_id: t.id('volume', 'spare-ssd-100-a'), name: 'spare-pair' },
  });
  const pairId = (pairJob.entities as Record<string, string>).replication_pair_id ?? '';
  return { t, piId, pairId, base: `/v1/{pid}/protected-instances/${piId}` };
}

describe('attach and detach replication pairs', () => {
  it('attaches a pair on a free device and detaches it again', async () => {
    const { t, piId, pairId, base } = await setup();
    const attach = (device: string, id = pairId) =>
      t.call('POST', `${base}/attachreplication`, { replicationAttachment: { replication_id: id, device } });
    expect(sdrsCode(await attach('/dev/vda'))).toBe('SDRS.1603'); // the system disk's device
    expect(sdrsCode(await attach('vdb'))).toBe('SDRS.0201');
    expect(sdrsCode(await attach('/dev/vdb', 'nope'))).toBe('SDRS.1608');
    const r = await attach('/dev/sdb'); // treated as /dev/vdb on KVM
    expect(r.status).toBe(200);
    expect(t.sim.state.get('pair', pairId)?.status).toBe('attaching');
    t.settle();
    expect((await t.job(String(r.body.job_id))).job_type).toBe('attachReplicationPairNew');
    const pair = t.sim.state.get('pair', pairId);
    expect(pair).toMatchObject({ status: 'available', attachment: [{ device: '/dev/vdb', protected_instance: piId }] });
    expect(t.sim.state.get('volume', t.id('volume', 'spare-ssd-100-a'))?.status).toBe('in-use');
    expect(sdrsCode(await attach('/dev/vdc'))).toBe('SDRS.1603'); // already attached

    expect(sdrsCode(await t.call('DELETE', `/v1/{pid}/replications/${pairId}`))).toBe('SDRS.1605');
    const detach = await t.run('DELETE', `${base}/detachreplication/${pairId}`);
    expect(detach.status).toBe('SUCCESS');
    expect(t.sim.state.get('pair', pairId)?.attachment).toEqual([]);
    expect(sdrsCode(await t.call('DELETE', `${base}/detachreplication/${pairId}`))).toBe('SDRS.1604');
  });

  it('detaches the system disk only while the production server is stopped', async () => {
    const t = new TestSim();
    const pi = t.byName('instance', 'web-01');
    const sysPair = t.sim.state
      .all('pair')
      .find((p) => p.attachment.some((a) => a.protected_instance === pi.id && a.device === '/dev/vda'));
    const r = await t.call('DELETE', `/v1/{pid}/protected-instances/${pi.id}/detachreplication/${sysPair?.id}`);
    expect(sdrsCode(r)).toBe('SDRS.1316');
  });
});

describe('NICs', () => {
  it('adds a NIC with a fixed IP and deletes it; the primary NIC stays', async () => {
    const { t, base, piId } = await setup();
    const dbNet = t.id('subnet', 'subnet-db');
    expect(sdrsCode(await t.call('POST', `${base}/nic`, { subnet_id: t.id('subnet', 'subnet-analytics') }))).toBe(
      'SDRS.1335',
    );
    expect(sdrsCode(await t.call('POST', `${base}/nic`, { subnet_id: dbNet, ip_address: '10.0.0.1' }))).toBe(
      'SDRS.0219',
    );
    expect(sdrsCode(await t.call('POST', `${base}/nic`, { subnet_id: dbNet, ip_address: '192.168.2.11' }))).toBe(
      'SDRS.1334',
    );
    expect(sdrsCode(await t.call('POST', `${base}/nic`, { nic: { subnet_id: dbNet } }))).toBe('SDRS.0201');
    const r = await t.call('POST', `${base}/nic`, {
      subnet_id: dbNet,
      ip_address: '192.168.2.77',
      security_groups: [{ id: t.sim.state.all('security_group')[0]?.id }],
    });
    expect(r.status).toBe(200);
    expect(t.sim.state.get('instance', piId)?.status).toBe('nic-creating');
    t.settle();
    expect(t.sim.state.get('instance', piId)?.status).toBe('available');
    const prod = t.sim.state.get('server', t.id('server', 'app-02'));
    const added = prod?.nics.find((n) => n.ip === '192.168.2.77');
    expect(added?.primary).toBe(false);
    const primary = prod?.nics.find((n) => n.primary);
    expect(sdrsCode(await t.call('POST', `${base}/nic/delete`, { nic_id: primary?.port_id }))).toBe('SDRS.1311');
    expect(sdrsCode(await t.call('POST', `${base}/nic/delete`, { nic_id: 'nope' }))).toBe('SDRS.1310');
    const del = await t.run('POST', `${base}/nic/delete`, { nic_id: added?.port_id });
    expect(del).toMatchObject({ status: 'SUCCESS', job_type: 'deleteNicNew' });
    expect(t.sim.state.get('server', t.id('server', 'app-02'))?.nics).toHaveLength(1);
  });
});

describe('resize', () => {
  it('needs another flavor and stopped servers', async () => {
    const { t, base, piId } = await setup();
    expect(sdrsCode(await t.call('POST', `${base}/resize`, { resize: {} }))).toBe('SDRS.0201');
    expect(sdrsCode(await t.call('POST', `${base}/resize`, { resize: { flavorRef: 'x.none' } }))).toBe('SDRS.0201');
    expect(sdrsCode(await t.call('POST', `${base}/resize`, { resize: { flavorRef: 's3.large.2' } }))).toBe('SDRS.1341');
    const web = `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}`;
    expect(sdrsCode(await t.call('POST', `${web}/resize`, { resize: { production_flavorRef: 's3.xlarge.2' } }))).toBe(
      'SDRS.1352',
    );
    const job = await t.run('POST', `${base}/resize`, { resize: { flavorRef: 's3.xlarge.2' } });
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'resizeProtectedInstanceNew' });
    const pi = t.sim.state.get('instance', piId);
    expect(t.sim.state.get('server', pi?.source_server ?? '')?.flavor_id).toBe('s3.xlarge.2');
    expect(t.sim.state.get('server', pi?.target_server ?? '')?.flavor_id).toBe('s3.xlarge.2');
    expect(pi?.status).toBe('available');
  });
});
