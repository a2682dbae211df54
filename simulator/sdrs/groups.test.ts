import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';
import { ACTIVE_DOMAIN } from './domains';

const groupBody = (t: TestSim, over: Record<string, unknown> = {}) => ({
  server_group: {
    name: 'new-group',
    source_availability_zone: 'eu-de-01',
    target_availability_zone: 'eu-de-02',
    domain_id: ACTIVE_DOMAIN.id,
    source_vpc_id: t.id('vpc', 'vpc-dr-demo'),
    dr_type: 'migration',
    ...over,
  },
});

describe('protection groups: create', () => {
  it('creates through a job: creating, then available, with the job entity', async () => {
    const t = new TestSim();
    const r = await t.call('POST', '/v1/{pid}/server-groups', groupBody(t));
    expect(r.status).toBe(200);
    const jobId = String(r.body.job_id);
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    const early = await t.job(jobId);
    expect(early.status).toBe('INIT');
    expect(early.job_type).toBe('createProtectionGroupNoCG');
    const id = (early.entities as Record<string, string>).server_group_id;
    expect((await t.call('GET', `/v1/{pid}/server-groups/${id}`)).body.server_group).toMatchObject({
      status: 'creating',
    });
    t.settle();
    const done = await t.job(jobId);
    expect(done).toMatchObject({ status: 'SUCCESS', error_code: null, fail_reason: null });
    expect(String(done.end_time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const g = (await t.call('GET', `/v1/{pid}/server-groups/${id}`)).body.server_group as Record<string, unknown>;
    expect(g).toMatchObject({ status: 'available', priority_station: 'source', target_vpc_id: g.source_vpc_id });
    expect(String(g.created_at)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
  });

  it('counts the name in bytes: 64 ASCII bytes pass, 65 fail; multibyte characters are refused', async () => {
    const t = new TestSim();
    expect((await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { name: 'a'.repeat(64) }))).status).toBe(200);
    const long = await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { name: 'a'.repeat(65) }));
    expect([long.status, sdrsCode(long)]).toEqual([400, 'SDRS.0202']);
    expect(long.body.badrequest).toBeDefined();
    for (const name of ['', 'größe', 'with space', 'semi;colon', 42]) {
      expect(sdrsCode(await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { name })))).toBe('SDRS.0202');
    }
    expect((await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { name: 'a.b_c-D9' }))).status).toBe(200);
  });

  it('limits the description to 64 bytes without angle brackets', async () => {
    const t = new TestSim();
    const post = (description: unknown) => t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { description }));
    expect((await post('x'.repeat(64))).status).toBe(200);
    expect(sdrsCode(await post('x'.repeat(65)))).toBe('SDRS.0212');
    // 22 three-byte characters are 66 bytes though only 22 characters.
    expect(sdrsCode(await post('€'.repeat(22)))).toBe('SDRS.0212');
    expect((await post('€'.repeat(21))).status).toBe(200);
    expect(sdrsCode(await post('a <b> c'))).toBe('SDRS.0212');
  });

  it('checks AZs, domain, VPC, dr_type and the body wrapper', async () => {
    const t = new TestSim();
    const code = async (over: Record<string, unknown>) =>
      sdrsCode(await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, over)));
    expect(await code({ source_availability_zone: 'eu-de-03' })).toBe('SDRS.0203');
    expect(await code({ target_availability_zone: 'eu-de-01' })).toBe('SDRS.0203');
    expect(await code({ domain_id: 'nope' })).toBe('SDRS.0205');
    expect(await code({ source_vpc_id: 'nope' })).toBe('SDRS.0204');
    expect(await code({ dr_type: 'other' })).toBe('SDRS.0201');
    expect(sdrsCode(await t.call('POST', '/v1/{pid}/server-groups', { name: 'x' }))).toBe('SDRS.0201');
    expect(
      sdrsCode(
        await t.raw('POST', '/v1/{pid}/server-groups', { body: '{oops', headers: { 'x-auth-token': await t.token() } }),
      ),
    ).toBe('SDRS.0201');
  });

  it('enforces the protection group quota with SDRS.0305', async () => {
    const t = new TestSim();
    t.sim.state.put('quota', { id: t.project, server_groups: 3, replications: 500 });
    expect((await t.call('POST', '/v1/{pid}/server-groups', groupBody(t))).status).toBe(200);
    expect(sdrsCode(await t.call('POST', '/v1/{pid}/server-groups', groupBody(t)))).toBe('SDRS.0305');
    const q = await t.call('GET', '/v1/{pid}/sdrs/quotas');
    expect(q.body).toEqual({
      quotas: {
        resources: [
          { type: 'server_groups', used: 3, quota: 3, min: 0, max: -1 },
          { type: 'replications', used: 4, quota: 500, min: 0, max: -1 },
        ],
      },
    });
  });
});

describe('protection groups: list, show, rename, delete', () => {
  it('paginates with count = all matches and filters by status, name, AZ and query_type', async () => {
    const t = new TestSim();
    for (let i = 0; i < 3; i++) await t.call('POST', '/v1/{pid}/server-groups', groupBody(t, { name: `extra-${i}` }));
    t.settle();
    const page = await t.call('GET', '/v1/{pid}/server-groups?limit=2&offset=1');
    expect(page.body.count).toBe(5);
    expect((page.body.server_groups as unknown[]).length).toBe(2);
    const last = await t.call('GET', '/v1/{pid}/server-groups?limit=2&offset=4');
    expect((last.body.server_groups as unknown[]).length).toBe(1);
    const names = async (q: string) =>
      ((await t.call('GET', `/v1/{pid}/server-groups?${q}`)).body.server_groups as { name: string }[])
        .map((g) => g.name)
        .sort();
    expect(await names('status=protected')).toEqual(['erp-prod']);
    expect(await names('name=ERP')).toEqual(['erp-prod']);
    expect(await names('name=extra')).toEqual(['extra-0', 'extra-1', 'extra-2']);
    expect(await names('availability_zone=eu-de-02')).toEqual([]);
    expect(await names('query_type=stop_protected')).toEqual(['crm-staging', 'extra-0', 'extra-1', 'extra-2']);
    expect((await names('query_type=period_no_dr_drill')).length).toBe(5);
    expect(await names('query_type=status_abnormal')).toEqual([]);
    expect(sdrsCode(await t.call('GET', '/v1/{pid}/server-groups?limit=0'))).toBe('SDRS.0221');
    expect(sdrsCode(await t.call('GET', '/v1/{pid}/server-groups?limit=1001'))).toBe('SDRS.0221');
    expect(sdrsCode(await t.call('GET', '/v1/{pid}/server-groups?offset=-1'))).toBe('SDRS.0222');
  });

  it('answers an unknown group with HTTP 400 and SDRS.1013', async () => {
    const t = new TestSim();
    const r = await t.call('GET', '/v1/{pid}/server-groups/00000000-0000-0000-0000-000000000000');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: 'SDRS.1013', message: 'Protection group not found' } });
  });

  it('renames and returns the full object', async () => {
    const t = new TestSim();
    const r = await t.call('PUT', `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`, {
      server_group: { name: 'crm-renamed' },
    });
    expect(r.status).toBe(200);
    expect(r.body.server_group).toMatchObject({ name: 'crm-renamed', status: 'available', protected_instance_num: 0 });
    expect(
      sdrsCode(
        await t.call('PUT', `/v1/{pid}/server-groups/${t.id('group', 'crm-renamed')}`, {
          server_group: { name: 'a'.repeat(65) },
        }),
      ),
    ).toBe('SDRS.0202');
  });

  it('refuses to delete a group with instances (1001), pairs (1010) or drills (1003)', async () => {
    const t = new TestSim();
    const erp = t.id('group', 'erp-prod');
    expect(sdrsCode(await t.call('DELETE', `/v1/{pid}/server-groups/${erp}`))).toBe('SDRS.1001');
    const crm = t.id('group', 'crm-staging');
    await t.run('POST', '/v1/{pid}/replications', {
      replication: { server_group_id: crm, volume_id: t.id('volume', 'spare-ssd-100-a'), name: 'rp' },
    });
    expect(sdrsCode(await t.call('DELETE', `/v1/{pid}/server-groups/${crm}`))).toBe('SDRS.1010');
    const fresh = await t.run('POST', '/v1/{pid}/server-groups', groupBody(t, { name: 'drilled' }));
    const id = (fresh.entities as Record<string, string>).server_group_id ?? '';
    await t.run('POST', '/v1/{pid}/disaster-recovery-drills', {
      disaster_recovery_drill: { server_group_id: id, name: 'd1' },
    });
    expect(sdrsCode(await t.call('DELETE', `/v1/{pid}/server-groups/${id}`))).toBe('SDRS.1003');
  });

  it('deletes an empty group through deleteProtectionGroupNoCG', async () => {
    const t = new TestSim();
    const job = await t.run('DELETE', `/v1/{pid}/server-groups/${t.id('group', 'crm-staging')}`);
    expect(job).toMatchObject({ status: 'SUCCESS', job_type: 'deleteProtectionGroupNoCG' });
    expect(sdrsCode(await t.call('GET', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}`))).toBeUndefined();
    expect((await t.call('GET', '/v1/{pid}/server-groups')).body.count).toBe(1);
  });
});

describe('protection groups: actions', () => {
  const action = (t: TestSim, name: string, body: unknown) =>
    t.call('POST', `/v1/{pid}/server-groups/${t.id('group', name)}/action`, body);

  it('refuses unknown or ambiguous actions with SDRS.0206', async () => {
    const t = new TestSim();
    expect(sdrsCode(await action(t, 'erp-prod', { 'explode-server-group': {} }))).toBe('SDRS.0206');
    expect(sdrsCode(await action(t, 'erp-prod', { 'stop-server-group': {}, 'start-server-group': {} }))).toBe(
      'SDRS.0206',
    );
    expect(sdrsCode(await action(t, 'erp-prod', []))).toBe('SDRS.0206');
  });

  it('checks each action against the group status', async () => {
    const t = new TestSim();
    // erp-prod is protected: enabling again, re-protecting or deleting are not allowed.
    expect(sdrsCode(await action(t, 'erp-prod', { 'start-server-group': {} }))).toBe('SDRS.1002');
    // crm-staging is available: no disable, switchover or failover, and no enable without pairs.
    expect(sdrsCode(await action(t, 'crm-staging', { 'stop-server-group': {} }))).toBe('SDRS.1019');
    expect(sdrsCode(await action(t, 'crm-staging', { 'reverse-server-group': { priority_station: 'target' } }))).toBe(
      'SDRS.1002',
    );
    expect(sdrsCode(await action(t, 'crm-staging', { 'failover-server-group': {} }))).toBe('SDRS.1002');
    expect(sdrsCode(await action(t, 'crm-staging', { 'start-server-group': {} }))).toBe('SDRS.1027');
  });

  it('switchover needs a valid station and every production server stopped', async () => {
    const t = new TestSim();
    expect(sdrsCode(await action(t, 'erp-prod', { 'reverse-server-group': { priority_station: 'elsewhere' } }))).toBe(
      'SDRS.0216',
    );
    expect(sdrsCode(await action(t, 'erp-prod', { 'reverse-server-group': { priority_station: 'source' } }))).toBe(
      'SDRS.0216',
    );
    expect(sdrsCode(await action(t, 'erp-prod', { 'reverse-server-group': { priority_station: 'target' } }))).toBe(
      'SDRS.1319',
    );
  });

  it('runs disable with one sub-job per pair and leaves the group available', async () => {
    const t = new TestSim();
    const r = await action(t, 'erp-prod', { 'stop-server-group': {} });
    const g = () => t.byName('group', 'erp-prod');
    expect(g().status).toBe('stopping');
    expect(t.sim.state.all('pair').every((p) => p.status === 'stopping')).toBe(true);
    t.settle();
    const job = await t.job(String(r.body.job_id));
    const subs = (job.entities as { sub_jobs: { job_type: string; status: string }[] }).sub_jobs;
    expect(subs).toHaveLength(4);
    expect(subs.every((s) => s.job_type === 'stopProtectionGroupRepNoCG' && s.status === 'SUCCESS')).toBe(true);
    expect(g()).toMatchObject({ status: 'available', protected_status: 'stopped' });
    expect(
      t.sim.state.all('pair').every((p) => p.status === 'available' && p.replication_status === 'active-stopped'),
    ).toBe(true);
  });

  it('shows enable-protection progress rising while replication copies', async () => {
    const t = new TestSim();
    await t.run('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, { 'stop-server-group': {} });
    const r = await action(t, 'erp-prod', { 'start-server-group': {} });
    expect(r.status).toBe(200);
    const seen: number[] = [];
    for (let i = 0; i < 20; i++) {
      t.settle(1000);
      const g = (await t.call('GET', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}`)).body.server_group as {
        progress: number;
        status: string;
        replication_status: string;
      };
      seen.push(g.progress);
      if (g.status === 'protected') break;
      if (g.progress > 0 && g.progress < 100) expect(g.replication_status).toBe('copying');
    }
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect((await t.job(String(r.body.job_id))).job_type).toBe('startProtectionGroupNoCG');
    expect(t.byName('group', 'erp-prod')).toMatchObject({
      status: 'protected',
      replication_status: 'active',
      progress: 100,
    });
  });
});
