import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

const piBody = (t: TestSim, server: string, over: Record<string, unknown> = {}) => ({
  protected_instance: {
    server_group_id: t.id('group', 'crm-staging'),
    server_id: t.id('server', server),
    name: `pi-${server}`,
    ...over,
  },
});

const create = (t: TestSim, server: string, over: Record<string, unknown> = {}) =>
  t.call('POST', '/v1/{pid}/protected-instances', piBody(t, server, over));

describe('protected instances: create', () => {
  it('creates the DR server stopped with the same name in the DR AZ and one attached pair per disk', async () => {
    const t = new TestSim();
    const r = await create(t, 'app-01', { description: 'app tier', tags: [{ key: 'env', value: 'prod' }] });
    expect(r.status).toBe(200);
    const jobId = String(r.body.job_id);
    const running = await t.job(jobId);
    const entities = running.entities as {
      protected_instance_id: string;
      sub_jobs: { job_type: string; status: string }[];
    };
    expect(entities.sub_jobs.map((s) => s.job_type)).toEqual([
      'createServerNoCG',
      'createReplicationPairNoCG',
      'createReplicationPairNoCG',
      'attachReplicationPairNew',
      'attachReplicationPairNew',
    ]);
    const piId = entities.protected_instance_id;
    expect((await t.call('GET', `/v1/{pid}/protected-instances/${piId}`)).body.protected_instance).toMatchObject({
      status: 'creating',
    });

    // Sub-jobs finish in order: the DR server first.
    t.settle(1000 + 6000 + 10);
    const mid = (await t.job(jobId)).entities as { sub_jobs: { status: string }[] };
    expect(mid.sub_jobs.map((s) => s.status)).toEqual(['SUCCESS', 'RUNNING', 'RUNNING', 'INIT', 'INIT']);

    t.settle();
    expect((await t.job(jobId)).status).toBe('SUCCESS');
    const pi = (await t.call('GET', `/v1/{pid}/protected-instances/${piId}`)).body.protected_instance as Record<
      string,
      unknown
    >;
    expect(pi).toMatchObject({
      status: 'available',
      name: 'pi-app-01',
      description: 'app tier',
      source_server: t.id('server', 'app-01'),
      tags: [{ key: 'env', value: 'prod' }],
    });
    const dr = t.sim.state.get('server', String(pi.target_server));
    expect(dr).toMatchObject({ name: 'app-01', az: 'eu-de-02', status: 'SHUTOFF', flavor_id: 's3.xlarge.2' });
    expect((pi.attachment as { device: string }[]).map((a) => a.device).sort()).toEqual(['/dev/vda', '/dev/vdb']);
    const pairs = (await t.call('GET', `/v1/{pid}/replications?protected_instance_id=${piId}`)).body
      .replications as Record<string, unknown>[];
    expect(pairs).toHaveLength(2);
    for (const p of pairs) {
      const [prodId, drId] = String(p.volume_ids).split(',');
      expect(t.sim.state.get('volume', prodId ?? '')?.az).toBe('eu-de-01');
      expect(t.sim.state.get('volume', drId ?? '')).toMatchObject({ az: 'eu-de-02', status: 'in-use' });
      expect(p).toMatchObject({ status: 'available', fault_level: '0', replication_model: 'hypermetro' });
    }
    expect(
      (await t.call('GET', `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`)).body.server_group,
    ).toMatchObject({ protected_instance_num: 1, replication_num: 2 });
  });

  it('in a protected group the new instance syncs and ends protected', async () => {
    const t = new TestSim();
    const job = await t.run(
      'POST',
      '/v1/{pid}/protected-instances',
      piBody(t, 'cache-01', { server_group_id: t.id('group', 'erp-prod') }),
    );
    const piId = (job.entities as Record<string, string>).protected_instance_id ?? '';
    expect(t.sim.state.get('instance', piId)).toMatchObject({ status: 'protected', progress: 100 });
    const pairs = t.sim.state.where('pair', (p) => p.attachment.some((a) => a.protected_instance === piId));
    expect(pairs.every((p) => p.status === 'protected' && p.replication_status === 'active')).toBe(true);
  });

  it('refuses servers that cannot be protected, each with its documented code', async () => {
    const t = new TestSim();
    const code = async (server: string, over: Record<string, unknown> = {}) => sdrsCode(await create(t, server, over));
    expect(await code('report-01')).toBe('SDRS.1303'); // other AZ
    expect(await code('analytics-01')).toBe('SDRS.1304'); // other VPC
    expect(await code('batch-01')).toBe('SDRS.1333'); // status ERROR
    expect(await code('files-01')).toBe('SDRS.1806'); // shared disk
    expect(await code('vault-01')).toBe('SDRS.1802'); // encrypted disk
    expect(await code('web-01', { server_group_id: t.id('group', 'erp-prod') })).toBe('SDRS.1305'); // already protected
    expect(await code('app-01', { server_id: 'nope' })).toBe('SDRS.1326');
    expect(await code('app-01', { server_group_id: 'nope' })).toBe('SDRS.1013');
    expect(t.sim.state.count('instance')).toBe(2);
  });

  it('refuses a group that is not available or protected (SDRS.1323)', async () => {
    const t = new TestSim();
    await t.call('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, { 'stop-server-group': {} });
    expect(sdrsCode(await create(t, 'app-01', { server_group_id: t.id('group', 'erp-prod') }))).toBe('SDRS.1323');
  });

  it('validates the name, description and tags at their boundaries', async () => {
    const t = new TestSim();
    const code = async (over: Record<string, unknown>) => sdrsCode(await create(t, 'app-02', over));
    expect(await code({ name: 'n'.repeat(65) })).toBe('SDRS.0202');
    expect(await code({ name: 'ñame' })).toBe('SDRS.0202');
    expect(await code({ description: 'x'.repeat(65) })).toBe('SDRS.0212');
    expect(await code({ description: '<b>' })).toBe('SDRS.0212');
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(await code({ tags: tags(11) })).toBe('SDRS.2203');
    expect(await code({ tags: [{ key: 'k'.repeat(37), value: '' }] })).toBe('SDRS.2204');
    expect(await code({ tags: [{ key: 'bad key', value: '' }] })).toBe('SDRS.2204');
    expect(await code({ tags: [{ key: '', value: '' }] })).toBe('SDRS.2205');
    expect(await code({ tags: [{ key: 'a', value: 'v'.repeat(44) }] })).toBe('SDRS.2207');
    expect(
      await code({
        tags: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      }),
    ).toBe('SDRS.2209');
    expect(await code({ tags: 'nope' })).toBe('SDRS.0201');
    const ok = await create(t, 'app-02', {
      name: 'n'.repeat(64),
      description: 'x'.repeat(64),
      tags: [...tags(9), { key: 'k'.repeat(36), value: 'v'.repeat(43) }],
    });
    expect(ok.status).toBe(200);
  });

  it('checks the DR subnet, IP and flavor', async () => {
    const t = new TestSim();
    const appNet = t.id('subnet', 'subnet-app');
    const code = async (over: Record<string, unknown>) => sdrsCode(await create(t, 'app-02', over));
    expect(await code({ primary_subnet_id: t.byName('subnet', 'subnet-app').neutron_subnet_id })).toBe('SDRS.1335');
    expect(await code({ primary_subnet_id: t.id('subnet', 'subnet-analytics') })).toBe('SDRS.1335');
    expect(await code({ primary_subnet_id: appNet, primary_ip_address: '192.168.2.5' })).toBe('SDRS.0219');
    expect(await code({ primary_subnet_id: appNet, primary_ip_address: '192.168.1.1' })).toBe('SDRS.0219');
    expect(await code({ primary_subnet_id: appNet, primary_ip_address: '192.168.1.300' })).toBe('SDRS.0219');
    expect(await code({ primary_subnet_id: appNet, primary_ip_address: '192.168.1.11' })).toBe('SDRS.1334');
    expect(await code({ flavorRef: 'c4.xlarge.2' })).toBe('SDRS.1353'); // sold out in eu-de-02
    expect(await code({ flavorRef: 'x9.huge' })).toBe('SDRS.1353');
    const job = await t.run(
      'POST',
      '/v1/{pid}/protected-instances',
      piBody(t, 'app-02', { primary_subnet_id: appNet, primary_ip_address: '192.168.1.200', flavorRef: 's3.medium.2' }),
    );
    const pi = t.sim.state.get('instance', (job.entities as Record<string, string>).protected_instance_id ?? '');
    const dr = t.sim.state.get('server', pi?.target_server ?? '');
    expect(dr?.flavor_id).toBe('s3.medium.2');
    expect(dr?.nics[0]).toMatchObject({ subnet_id: appNet, ip: '192.168.1.200', primary: true });
  });

  it('ignores the IP when no subnet is given', async () => {
    const t = new TestSim();
    expect((await create(t, 'app-02', { primary_ip_address: 'not-an-ip' })).status).toBe(200);
  });
});

describe('protected instances: list, show, rename, delete', () => {
  it('filters by group ids, instance ids, status, name and AZ and counts matches', async () => {
    const t = new TestSim();
    const erp = t.id('group', 'erp-prod');
    const list = async (q: string) => (await t.call('GET', `/v1/{pid}/protected-instances?${q}`)).body;
    expect((await list('')).count).toBe(2);
    expect((await list(`server_group_ids=${encodeURIComponent(`["${erp}","x"]`)}`)).count).toBe(2);
    expect((await list(`server_group_ids=${encodeURIComponent(`['${t.id('group', 'crm-staging')}']`)}`)).count).toBe(0);
    const web = t.id('instance', 'web-01');
    expect((await list(`protected_instance_ids=${encodeURIComponent(`["${web}"]`)}`)).count).toBe(1);
    // The instance-id filter is ignored when a group filter is present.
    expect(
      (await list(`server_group_id=${erp}&protected_instance_ids=${encodeURIComponent(`["${web}"]`)}`)).count,
    ).toBe(2);
    expect((await list('name=DB')).count).toBe(1);
    expect((await list('status=available')).count).toBe(0);
    expect((await list('availability_zone=eu-de-01&limit=1')).count).toBe(2);
    expect(((await list('limit=1')).protected_instances as unknown[]).length).toBe(1);
    const tooMany = Array.from({ length: 31 }, (_, i) => `"id${i}"`).join(',');
    expect(
      sdrsCode(
        await t.call('GET', `/v1/{pid}/protected-instances?server_group_ids=${encodeURIComponent(`[${tooMany}]`)}`),
      ),
    ).toBe('SDRS.0226');
  });

  it('shows the seeded instance with its attachments and the group station', async () => {
    const t = new TestSim();
    const pi = (await t.call('GET', `/v1/{pid}/protected-instances/${t.id('instance', 'db-01')}`)).body
      .protected_instance as Record<string, unknown>;
    expect(pi).toMatchObject({ status: 'protected', progress: 100, priority_station: 'source', metadata: {} });
    expect(pi.attachment).toHaveLength(2);
    const missing = await t.call('GET', '/v1/{pid}/protected-instances/nope');
    expect([missing.status, sdrsCode(missing)]).toEqual([400, 'SDRS.1320']);
  });

  it('renames by the name rule', async () => {
    const t = new TestSim();
    const path = `/v1/{pid}/protected-instances/${t.id('instance', 'db-01')}`;
    expect(
      (await t.call('PUT', path, { protected_instance: { name: 'db-primary' } })).body.protected_instance,
    ).toMatchObject({ name: 'db-primary' });
    expect(sdrsCode(await t.call('PUT', path, { protected_instance: { name: '' } }))).toBe('SDRS.0202');
  });

  it('deletes: pairs stay detached in the group; the DR server goes only when asked', async () => {
    const t = new TestSim();
    const web = t.byName('instance', 'web-01');
    const job = await t.run('DELETE', `/v1/{pid}/protected-instances/${web.id}`, {
      delete_target_server: true,
      delete_target_eip: true,
    });
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'deleteProtectedInstanceNoCG' });
    expect((job.entities as { sub_jobs: { job_type: string }[] }).sub_jobs.map((s) => s.job_type)).toEqual([
      'detachReplicationPairNew',
      'detachReplicationPairNew',
      'deleteServerNoCG',
    ]);
    expect(t.sim.state.get('instance', web.id)).toBeUndefined();
    expect(t.sim.state.get('server', web.target_server)).toBeUndefined();
    const pairs = t.sim.state.where('pair', (p) => p.name.startsWith('web-01'));
    expect(pairs).toHaveLength(2);
    expect(pairs.every((p) => p.attachment.length === 0)).toBe(true);

    const db = t.byName('instance', 'db-01');
    await t.run('DELETE', `/v1/{pid}/protected-instances/${db.id}`);
    expect(t.sim.state.get('server', db.target_server)).toBeDefined();
  });

  it('refuses delete in a transitional state and bad option types', async () => {
    const t = new TestSim();
    const path = `/v1/{pid}/protected-instances/${t.id('instance', 'db-01')}`;
    expect(sdrsCode(await t.call('DELETE', path, { delete_target_server: 'yes' }))).toBe('SDRS.0201');
    await t.call('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, { 'stop-server-group': {} });
    expect(sdrsCode(await t.call('DELETE', path))).toBe('SDRS.1301');
  });
});
