import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

describe('ECS servers', () => {
  it('lists server details with page-number offsets and the documented fields', async () => {
    const t = new TestSim();
    const all = await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=1000');
    expect(all.body.count).toBe(t.sim.state.count('server'));
    expect(t.sim.state.count('server')).toBeGreaterThanOrEqual(12);
    const first = await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=5&offset=1');
    const zero = await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=5&offset=0');
    expect(first.body.servers).toEqual(zero.body.servers);
    const second = await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=5&offset=2');
    expect((second.body.servers as { id: string }[])[0]?.id).not.toBe((first.body.servers as { id: string }[])[0]?.id);
    expect(((await t.call('GET', '/v1/{pid}/cloudservers/detail')).body.servers as unknown[]).length).toBe(
      t.sim.state.count('server') > 25 ? 25 : t.sim.state.count('server'),
    );

    const web = (await t.call('GET', `/v1/{pid}/cloudservers/${t.id('server', 'web-01')}`)).body.server as Record<
      string,
      unknown
    >;
    const vpc = t.id('vpc', 'vpc-dr-demo');
    expect(web).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-AZ:availability_zone': 'eu-de-01',
      'OS-EXT-STS:power_state': 1,
      metadata: { vpc_id: vpc },
    });
    expect((web.flavor as Record<string, unknown>).vcpus).toBe('2');
    const addr = (web.addresses as Record<string, Record<string, unknown>[]>)[vpc]?.[0];
    expect(addr).toMatchObject({ version: '4', addr: '192.168.1.11', 'OS-EXT-IPS:type': 'fixed' });
    expect(typeof addr?.['OS-EXT-IPS:port_id']).toBe('string');
    const vols = web['os-extended-volumes:volumes_attached'] as Record<string, unknown>[];
    expect(vols.map((v) => v.bootIndex)).toEqual(['0', null]);
    expect((await t.call('GET', '/v1/{pid}/cloudservers/nope')).status).toBe(404);
  });

  it('stops and starts a server a few seconds after the 202, refusing conflicting calls', async () => {
    const t = new TestSim();
    const id = t.id('server', 'web-01');
    const stop = await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { 'os-stop': null });
    expect(stop.status).toBe(202);
    const during = (await t.call('GET', `/v1/{pid}/cloudservers/${id}`)).body.server as Record<string, unknown>;
    expect(during).toMatchObject({ status: 'ACTIVE', 'OS-EXT-STS:task_state': 'powering-off' });
    const again = await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { 'os-stop': null });
    expect(again.status).toBe(409);
    expect(again.body.conflictingRequest).toBeDefined();
    t.settle(5000);
    expect(((await t.call('GET', `/v2.1/{pid}/servers/${id}`)).body.server as Record<string, unknown>).status).toBe(
      'SHUTOFF',
    );
    expect((await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { 'os-stop': null })).status).toBe(409);
    expect((await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { reboot: {} })).status).toBe(400);
    expect((await t.call('POST', `/v2.1/{pid}/servers/${id}/action`, { 'os-start': null })).status).toBe(202);
    t.settle(5000);
    expect(t.sim.state.get('server', id)?.status).toBe('ACTIVE');
  });

  it('lists flavors per AZ with the sold-out mark, and resize targets', async () => {
    const t = new TestSim();
    const flavors = (await t.call('GET', '/v1/{pid}/cloudservers/flavors?availability_zone=eu-de-02')).body
      .flavors as Record<string, unknown>[];
    const c4 = flavors.find((f) => f.id === 'c4.xlarge.2');
    expect((c4?.os_extra_specs as Record<string, string>)['cond:operation:status']).toBe('sellout');
    const resize = (await t.call('GET', '/v1/{pid}/cloudservers/resize_flavors?source_flavor_id=s3.large.2')).body
      .flavors as { id: string; vcpus: number }[];
    expect(resize.map((f) => f.id)).not.toContain('s3.large.2');
    expect(typeof resize[0]?.vcpus).toBe('number');
    expect((await t.call('GET', '/v2.1/{pid}/os-availability-zone')).status).toBe(200);
  });

  it('serves the Nova server list with int address versions and marker paging', async () => {
    const t = new TestSim();
    const first = (await t.call('GET', '/v2.1/{pid}/servers/detail?limit=2')).body.servers as Record<string, unknown>[];
    expect(first).toHaveLength(2);
    const next = (await t.call('GET', `/v2.1/{pid}/servers/detail?limit=2&marker=${first[1]?.id}`)).body.servers as {
      id: string;
    }[];
    expect(next[0]?.id).not.toBe(first[0]?.id);
    const addresses = Object.values(first[0]?.addresses as Record<string, { version: unknown }[]>)[0];
    expect(addresses?.[0]?.version).toBe(4);
    expect((first[0]?.flavor as { id: string }).id).toMatch(/\./);
  });
});

describe('VPC', () => {
  it('lists VPCs, subnets (id = neutron_network_id) and security groups with filters and markers', async () => {
    const t = new TestSim();
    const vpcs = (await t.call('GET', '/v1/{pid}/vpcs')).body.vpcs as Record<string, unknown>[];
    expect(vpcs.map((v) => v.name)).toEqual(['vpc-dr-demo', 'vpc-analytics', 'vpc-drill']);
    expect(String(vpcs[0]?.created_at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const vpc = t.id('vpc', 'vpc-dr-demo');
    const subnets = (await t.call('GET', `/v1/{pid}/subnets?vpc_id=${vpc}`)).body.subnets as Record<string, unknown>[];
    expect(subnets.map((s) => s.name)).toEqual(['subnet-app', 'subnet-db']);
    for (const s of subnets) {
      expect(s.neutron_network_id).toBe(s.id);
      expect(s.neutron_subnet_id).not.toBe(s.id);
    }
    const after = (await t.call('GET', `/v1/{pid}/vpcs?marker=${vpcs[0]?.id}&limit=1`)).body.vpcs as { name: string }[];
    expect(after.map((v) => v.name)).toEqual(['vpc-analytics']);
    const sgs = (await t.call('GET', `/v1/{pid}/security-groups?vpc_id=${vpc}`)).body.security_groups as {
      name: string;
    }[];
    expect(sgs.map((g) => g.name).sort()).toEqual(['Sys-default', 'sg-web']);
    const missing = await t.call('GET', '/v1/{pid}/vpcs/nope');
    expect([missing.status, missing.body.code]).toEqual([404, 'VPC.0101']);
  });
});
