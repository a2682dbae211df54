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
});
