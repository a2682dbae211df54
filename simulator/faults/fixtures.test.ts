import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

describe('test fixtures', () => {
  it('buys a server that the ECS API then lists, with its disks, on a free address of the subnet', async () => {
    const t = new TestSim();
    const made = await t.raw('POST', '/__sim/servers', {
      body: { name: 'fixture-01', status: 'SHUTOFF', disks: [{ size: 40 }, { size: 25, type: 'SAS' }] },
    });
    expect(made.status).toBe(200);
    const id = (made.body.server as { id: string }).id;
    const server = (await t.call('GET', `/v1/{pid}/cloudservers/${id}`)).body.server as {
      status: string;
      'os-extended-volumes:volumes_attached': { device: string }[];
      addresses: Record<string, { addr: string }[]>;
    };
    expect(server.status).toBe('SHUTOFF');
    expect(server['os-extended-volumes:volumes_attached'].map((v) => v.device)).toEqual(['/dev/vda', '/dev/vdb']);
    const ip = Object.values(server.addresses)[0]?.[0]?.addr;
    expect(ip).toMatch(/^192\.168\.1\.\d+$/);
    const other = await t.raw('POST', '/__sim/servers', { body: { name: 'fixture-02' } });
    const otherIp = Object.values(
      (
        (await t.call('GET', `/v1/{pid}/cloudservers/${(other.body.server as { id: string }).id}`)).body.server as {
          addresses: Record<string, { addr: string }[]>;
        }
      ).addresses,
    )[0]?.[0]?.addr;
    expect(otherIp).not.toBe(ip);
  });

  it('refuses a bad name or status', async () => {
    const t = new TestSim();
    expect((await t.raw('POST', '/__sim/servers', { body: { name: 'no spaces' } })).status).toBe(400);
    expect((await t.raw('POST', '/__sim/servers', { body: { name: 'ok', status: 'ERROR' } })).status).toBe(400);
  });

  it('hands out the task center records and takes them back', async () => {
    const t = new TestSim();
    const saved = (await t.raw('GET', '/__sim/failure-jobs')).body;
    expect((saved.records as unknown[]).length).toBeGreaterThan(0);
    const groupId = (saved.records as { server_group_id: string }[])[0]?.server_group_id;
    await t.call('DELETE', `/v1/{pid}/task-center/${groupId}/failure-jobs/batch`);
    expect((await t.raw('GET', '/__sim/failure-jobs')).body.records).toEqual([]);
    expect((await t.raw('POST', '/__sim/failure-jobs', { body: saved })).status).toBe(204);
    expect((await t.raw('GET', '/__sim/failure-jobs')).body).toEqual(saved);
  });

  it('sets a pair’s fault level, which the pair then reports and the abnormal filter finds', async () => {
    const t = new TestSim();
    const pairs = (await t.call('GET', '/v1/{pid}/replications')).body.replications as { id: string }[];
    const id = pairs[0]?.id ?? '';
    expect((await t.raw('PUT', `/__sim/pairs/${id}/fault-level`, { body: { fault_level: '2' } })).status).toBe(204);
    const pair = (await t.call('GET', `/v1/{pid}/replications/${id}`)).body.replication as { fault_level: string };
    expect(pair.fault_level).toBe('2');
    const abnormal = (await t.call('GET', '/v1/{pid}/replications?query_type=status_abnormal')).body.replications as {
      id: string;
    }[];
    expect(abnormal.map((p) => p.id)).toContain(id);
    expect((await t.raw('PUT', `/__sim/pairs/${id}/fault-level`, { body: { fault_level: '3' } })).status).toBe(400);
    expect((await t.raw('PUT', '/__sim/pairs/nope/fault-level', { body: { fault_level: '2' } })).status).toBe(404);
  });

  it('sells a flavor out in one AZ: the flavor list says so and SDRS refuses it as a DR flavor there', async () => {
    const t = new TestSim();
    const flavorIn = async (az: string) =>
      (
        (await t.call('GET', `/v1/{pid}/cloudservers/flavors?availability_zone=${az}`)).body.flavors as {
          id: string;
          os_extra_specs: Record<string, string>;
        }[]
      ).find((f) => f.id === 's3.large.2')?.os_extra_specs['cond:operation:status'];
    expect(await flavorIn('eu-de-02')).toBe('normal');
    const sell = (sold_out: boolean) =>
      t.raw('PUT', '/__sim/flavors/s3.large.2/sold-out', { body: { az: 'eu-de-02', sold_out } });
    expect((await sell(true)).status).toBe(204);
    expect(await flavorIn('eu-de-02')).toBe('sellout');
    expect(await flavorIn('eu-de-01')).toBe('normal');
    expect((await sell(false)).status).toBe(204);
    expect(await flavorIn('eu-de-02')).toBe('normal');
    expect((await t.raw('PUT', '/__sim/flavors/s3.large.2/sold-out', { body: { az: 'eu-de-02' } })).status).toBe(400);
  });
});
