import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

const pairBody = (t: TestSim, prod: string, dr: string, over: Record<string, unknown> = {}) => ({
  replication: {
    name: 'evs-pair',
    description: 'legacy',
    volume_ids: [t.id('volume', prod), t.id('volume', dr)],
    priority_station: 'eu-de-01',
    replication_model: 'hypermetro',
    ...over,
  },
});

describe('EVS volumes', () => {
  it('lists details with filters and paging, shows one, and lists the AZs', async () => {
    const t = new TestSim();
    const all = await t.call('GET', '/v2/{pid}/volumes/detail');
    const volumes = all.body.volumes as Record<string, unknown>[];
    expect(volumes.length).toBe(t.sim.state.count('volume'));
    const spare = volumes.find((v) => v.name === 'spare-ssd-100-a');
    expect(spare).toMatchObject({
      status: 'available',
      size: 100,
      volume_type: 'SSD',
      availability_zone: 'eu-de-01',
      bootable: 'false',
      multiattach: false,
      attachments: [],
    });
    const enc = volumes.find((v) => v.name === 'spare-ssd-20-enc-a');
    expect((enc?.metadata as Record<string, string>).__system__encrypted).toBe('1');
    const shared = volumes.find((v) => v.name === 'files-01-data1');
    expect(shared?.multiattach).toBe(true);
    const avail = await t.call('GET', '/v2/{pid}/volumes/detail?status=available&availability_zone=eu-de-02');
    expect((avail.body.volumes as unknown[]).length).toBe(4);
    const page = await t.call('GET', '/v2/{pid}/volumes/detail?limit=3');
    expect((page.body.volumes as unknown[]).length).toBe(3);
    expect((page.body.volumes_links as { rel: string }[])[0]?.rel).toBe('next');
    const one = await t.call('GET', `/v2/{pid}/volumes/${t.id('volume', 'web-01-sys')}`);
    expect((one.body.volume as Record<string, unknown>).bootable).toBe('true');
    const missing = await t.call('GET', '/v2/{pid}/volumes/nope');
    expect([missing.status, missing.body]).toEqual([
      404,
      { itemNotFound: { code: 404, message: 'Volume nope could not be found.' } },
    ]);
    const azs = await t.call('GET', '/v2/{pid}/os-availability-zone');
    expect((azs.body.availabilityZoneInfo as { zoneName: string }[]).map((z) => z.zoneName)).toContain('eu-de-02');
  });

  it('creates and deletes a volume asynchronously', async () => {
    const t = new TestSim();
    const r = await t.call('POST', '/v2/{pid}/volumes', {
      volume: { size: 10, availability_zone: 'eu-de-02', volume_type: 'SSD', name: 'new-disk' },
    });
    expect(r.status).toBe(202);
    const id = String((r.body.volume as Record<string, unknown>).id);
    expect(t.sim.state.get('volume', id)?.status).toBe('creating');
    t.settle();
    expect(t.sim.state.get('volume', id)?.status).toBe('available');
    expect(
      (await t.call('POST', '/v2/{pid}/volumes', { volume: { size: 0, availability_zone: 'eu-de-02' } })).status,
    ).toBe(400);
    expect((await t.call('DELETE', `/v2/{pid}/volumes/${t.id('volume', 'web-01-sys')}`)).status).toBe(400);
    expect((await t.call('DELETE', `/v2/{pid}/volumes/${id}`)).status).toBe(202);
    t.settle();
    expect(t.sim.state.get('volume', id)).toBeUndefined();
  });
});

describe('EVS replication pairs (deprecated API)', () => {
  it('creates: 202 creating with updated_at null, then available; lists, shows and deletes', async () => {
    const t = new TestSim();
    const r = await t.call(
      'POST',
      '/v2/{pid}/os-vendor-replications',
      pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b'),
    );
    expect(r.status).toBe(202);
    const created = r.body.replication as Record<string, unknown>;
    expect(created).toMatchObject({
      status: 'creating',
      updated_at: null,
      priority_station: 'eu-de-01',
      replication_model: 'hypermetro',
      replication_consistency_group_id: null,
    });
    expect(created.volume_ids).toBe(`${t.id('volume', 'spare-ssd-100-a')},${t.id('volume', 'spare-ssd-100-b')}`);
    t.settle();
    const shown = (await t.call('GET', `/v2/{pid}/os-vendor-replications/${created.id}`)).body.replication as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      status: 'available',
      replication_status: 'active',
      progress: '100',
      failure_detail: null,
      fault_level: '0',
    });
    expect(JSON.parse(String(shown.record_metadata))).toEqual({
      volume_size: 100,
      volume_type: 'ssd',
      multiattach: false,
    });
    expect(
      ((await t.call('GET', '/v2/{pid}/os-vendor-replications?status=available')).body.replications as unknown[])
        .length,
    ).toBe(1);
    const del = await t.call('DELETE', `/v2/{pid}/os-vendor-replications/${created.id}`);
    expect([del.status, del.body]).toEqual([202, {}]);
    t.settle();
    expect((await t.call('GET', `/v2/{pid}/os-vendor-replications/${created.id}`)).status).toBe(404);
  });

  it('refuses malformed requests at once', async () => {
    const t = new TestSim();
    const status = async (body: unknown) => (await t.call('POST', '/v2/{pid}/os-vendor-replications', body)).status;
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-sas-50-a'))).toBe(400); // same AZ
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { priority_station: 'eu-de-02' }))).toBe(400);
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { replication_model: 'async' }))).toBe(400);
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { name: 'n'.repeat(256) }))).toBe(400);
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { name: 'ü'.repeat(128) }))).toBe(400); // 256 bytes
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { name: 'n'.repeat(255) }))).toBe(202);
    expect(await status(pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b', { volume_ids: ['only-one'] }))).toBe(400);
    expect(
      await status({
        replication: {
          ...pairBody(t, 'spare-ssd-100-a', 'spare-ssd-100-b').replication,
          volume_ids: ['nope', t.id('volume', 'spare-ssd-100-b')],
        },
      }),
    ).toBe(404);
  });

  it('ends in error with the documented failure_detail when the disks do not fit', async () => {
    const t = new TestSim();
    const detail = async (prod: string, dr: string) => {
      const r = await t.call('POST', '/v2/{pid}/os-vendor-replications', pairBody(t, prod, dr));
      expect(r.status).toBe(202);
      t.settle();
      const p = t.sim.state.get('evs_pair', String((r.body.replication as Record<string, unknown>).id));
      return [p?.status, p?.failure_detail];
    };
    expect(await detail('spare-ssd-100-a', 'spare-sata-100-b')).toEqual(['error', '37100041']); // type
    expect(await detail('spare-ssd-100-a', 'spare-ssd-60-b')).toEqual(['error', '37100041']); // size
    expect(await detail('spare-ssd-100-a', 'standby-01-data1')).toEqual(['error', '37100058']); // DR disk on a running server
    expect(await detail('spare-sas-50-a', 'report-02-data1')).toEqual(['available', null]); // DR disk on a stopped server
    expect(await detail('spare-sas-50-a', 'spare-sas-50-b')).toEqual(['error', '37100053']); // production disk already paired
  });
});
