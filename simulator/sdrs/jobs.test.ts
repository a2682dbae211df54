import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

describe('jobs, injected failures and the task center', () => {
  it('fails the step asked for when the injection names one', async () => {
    const t = new TestSim();
    await t.raw('POST', '/__sim/faults/fail-next-job', {
      body: { job_type: 'createProtectedInstanceNoCG', error_code: 'SDRS.1306', sub_job_type: 'createServerNoCG' },
    });
    const r = await t.call('POST', '/v1/{pid}/protected-instances', {
      protected_instance: {
        server_group_id: t.id('group', 'crm-staging'),
        server_id: t.id('server', 'app-01'),
        name: 'no-dr-server',
      },
    });
    t.settle();
    const job = await t.job(String(r.body.job_id));
    const subs = (job.entities as { sub_jobs: { job_type: string; status: string }[] }).sub_jobs;
    expect(subs[0]).toMatchObject({ job_type: 'createServerNoCG', status: 'FAIL' });
    expect(subs.slice(1).every((s) => s.status === 'INIT')).toBe(true);
    expect(
      (
        await t.raw('POST', '/__sim/faults/fail-next-job', {
          body: { job_type: 'x', error_code: 'y', sub_job_type: 1 },
        })
      ).status,
    ).toBe(400);
  });

  it('fails the next job of a type with the given code: job, resource and task center agree', async () => {
    const t = new TestSim();
    const inject = await t.raw('POST', '/__sim/faults/fail-next-job', {
      body: {
        job_type: 'createProtectedInstanceNoCG',
        error_code: 'SDRS.1306',
        fail_reason: 'Failed to create the server',
      },
    });
    expect(inject.status).toBe(204);
    const crm = t.id('group', 'crm-staging');
    const r = await t.call('POST', '/v1/{pid}/protected-instances', {
      protected_instance: { server_group_id: crm, server_id: t.id('server', 'app-01'), name: 'doomed' },
    });
    t.settle();
    const job = await t.job(String(r.body.job_id));
    expect(job).toMatchObject({ status: 'FAIL', error_code: 'SDRS.1306', fail_reason: 'Failed to create the server' });
    const subs = (job.entities as { sub_jobs: { status: string; error_code: string | null }[] }).sub_jobs;
    expect(subs.map((s) => s.status)).toEqual(['SUCCESS', 'FAIL', 'FAIL', 'INIT', 'INIT']);
    expect(subs[1]?.error_code).toBe('SDRS.1306');
    const piId = (job.entities as Record<string, string>).protected_instance_id;
    expect(t.sim.state.get('instance', piId ?? '')?.status).toBe('error');
    const tasks = await t.call('GET', `/v1/{pid}/task-center/failure-jobs?server_group_id=${crm}`);
    expect(tasks.body.count).toBe(2);
    expect((tasks.body.failure_jobs as Record<string, unknown>[])[0]).toMatchObject({
      job_status: 'FAIL',
      resource_id: piId,
      resource_name: 'doomed',
      resource_type: 'protected_instances',
      failure_status: 'createFail',
      job_type: 'createProtectedInstanceNoCG',
      error_code: 'SDRS.1306',
    });
    // The next job of that type runs normally.
    const ok = await t.run('POST', '/v1/{pid}/protected-instances', {
      protected_instance: { server_group_id: crm, server_id: t.id('server', 'app-02'), name: 'fine' },
    });
    expect(ok.status).toBe('SUCCESS');
  });

  it('leaves a failed group action in its error state and allows the retry', async () => {
    const t = new TestSim();
    await t.raw('POST', '/__sim/faults/fail-next-job', {
      body: { job_type: 'stopProtectionGroupNoCG', error_code: 'SDRS.1028' },
    });
    const path = `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`;
    const failed = await t.run('POST', path, { 'stop-server-group': {} });
    expect(failed).toMatchObject({ status: 'FAIL', error_code: 'SDRS.1028' });
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'error-stopping' });
    expect((await t.call('GET', '/v1/{pid}/server-groups?query_type=status_abnormal')).body.count).toBe(1);
    expect((await t.run('POST', path, { 'stop-server-group': {} })).status).toBe('SUCCESS');
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'available' });
  });

  it('lists group-level failures without a group filter and deletes failures three ways', async () => {
    const t = new TestSim();
    await t.raw('POST', '/__sim/faults/fail-next-job', {
      body: { job_type: 'createProtectionGroupNoCG', error_code: 'SDRS.1014' },
    });
    await t.run('POST', '/v1/{pid}/server-groups', {
      server_group: {
        name: 'bad',
        source_availability_zone: 'eu-de-01',
        target_availability_zone: 'eu-de-02',
        domain_id: t.byName('group', 'erp-prod').domain_id,
        source_vpc_id: t.id('vpc', 'vpc-dr-demo'),
      },
    });
    const groupLevel = await t.call('GET', '/v1/{pid}/task-center/failure-jobs');
    expect(groupLevel.body.count).toBe(1);
    expect((groupLevel.body.failure_jobs as Record<string, unknown>[])[0]).toMatchObject({
      resource_type: 'server_groups',
      failure_status: 'createFail',
      error_code: 'SDRS.1014',
    });
    expect(t.byName('group', 'bad')).toMatchObject({ status: 'error' });
    expect((await t.call('GET', '/v1/{pid}/task-center/failure-jobs?failure_status=deleteFail')).body.count).toBe(0);

    expect((await t.call('DELETE', '/v1/{pid}/task-center/failure-jobs/batch')).status).toBe(204);
    expect((await t.call('GET', '/v1/{pid}/task-center/failure-jobs')).body.count).toBe(0);
    const crm = t.id('group', 'crm-staging');
    const seeded = (await t.call('GET', `/v1/{pid}/task-center/failure-jobs?server_group_id=${crm}`)).body
      .failure_jobs as { resource_id: string }[];
    expect(seeded).toHaveLength(1);
    expect((await t.call('DELETE', `/v1/{pid}/task-center/failure-jobs/${seeded[0]?.resource_id}`)).status).toBe(204);
    expect((await t.call('GET', `/v1/{pid}/task-center/failure-jobs?server_group_id=${crm}`)).body.count).toBe(0);
    expect(sdrsCode(await t.call('DELETE', '/v1/{pid}/task-center/failure-jobs/nope'))).toBe('SDRS.0201');
    expect((await t.call('DELETE', `/v1/{pid}/task-center/${crm}/failure-jobs/batch`)).status).toBe(204);
  });

  it('answers an unknown job id and hides internal jobs', async () => {
    const t = new TestSim();
    const r = await t.call('GET', '/v1/{pid}/jobs/ffffffffffffffffffffffffffffffff');
    expect(r.status).toBe(404);
    await t.call('POST', `/v2.1/{pid}/servers/${t.id('server', 'app-01')}/action`, { 'os-stop': null });
    const hidden = t.sim.state.all('job').find((j) => j.hidden);
    expect((await t.call('GET', `/v1/{pid}/jobs/${hidden?.id}`)).status).toBe(404);
  });

  it('serves the API versions and the active-active domain', async () => {
    const t = new TestSim();
    const versions = await t.raw('GET', '/');
    expect((versions.body.versions as { id: string; status: string }[])[0]).toMatchObject({
      id: 'v1',
      status: 'CURRENT',
    });
    expect((await t.raw('GET', '/v1')).body.version).toMatchObject({ id: 'v1' });
    const domains = (await t.call('GET', '/v1/{pid}/active-domains')).body.domains as Record<string, unknown>[];
    expect(domains[0]).toMatchObject({
      name: 'domain_001',
      sold_out: false,
      local_replication_cluster: { availability_zone: 'eu-de-01' },
      remote_replication_cluster: { availability_zone: 'eu-de-02' },
    });
  });
});
