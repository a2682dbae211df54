import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

describe('fault injection', () => {
  it('fails matching requests with the given status and body, a limited number of times', async () => {
    const t = new TestSim();
    const add = await t.raw('POST', '/__sim/faults/errors', { body: { match: 'GET /v1/', status: 503, count: 2 } });
    expect(add.status).toBe(204);
    const first = await t.call('GET', '/v1/{pid}/server-groups');
    expect([first.status, sdrsCode(first)]).toEqual([503, 'SDRS.0013']);
    expect((await t.call('GET', '/v1/{pid}/server-groups')).status).toBe(503);
    expect((await t.call('GET', '/v1/{pid}/server-groups')).status).toBe(200);

    await t.raw('POST', '/__sim/faults/errors', {
      body: { match: '/replications', status: 400, body: { error_code: 'SDRS.1823', error_msg: 'system error' } },
    });
    expect((await t.call('GET', '/v1/{pid}/replications')).body).toEqual({
      error_code: 'SDRS.1823',
      error_msg: 'system error',
    });
    expect((await t.call('GET', '/v1/{pid}/protected-instances')).status).toBe(200);
    expect(((await t.raw('GET', '/__sim/faults')).body.errors as unknown[]).length).toBe(2);
    await t.raw('DELETE', '/__sim/faults');
    expect((await t.call('GET', '/v1/{pid}/replications')).status).toBe(200);
  });

  it('adds latency to cloud calls but not to the control API', async () => {
    const t = new TestSim();
    await t.raw('PUT', '/__sim/faults/latency', { body: { ms: 120 } });
    await t.token();
    const started = performance.now();
    await t.call('GET', '/v1/{pid}/sdrs/quotas');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    const control = performance.now();
    await t.raw('GET', '/__sim/health');
    expect(performance.now() - control).toBeLessThan(100);
  });

  it('can delay only the requests that match', async () => {
    const t = new TestSim();
    await t.token();
    await t.raw('PUT', '/__sim/faults/latency', { body: { ms: 150, match: 'POST /v1/' } });
    const read = performance.now();
    await t.call('GET', '/v1/{pid}/server-groups');
    expect(performance.now() - read).toBeLessThan(120);
    const post = performance.now();
    await t.call('POST', '/v1/{pid}/server-groups', {});
    expect(performance.now() - post).toBeGreaterThanOrEqual(140);
    expect((await t.raw('GET', '/__sim/faults')).body).toMatchObject({ latency_ms: 150, latency_match: 'POST /v1/' });
  });

  it('changes the time scale of later job steps', async () => {
    const t = new TestSim();
    expect((await t.raw('PUT', '/__sim/time-scale', { body: { scale: 0 } })).status).toBe(400);
    expect((await t.raw('PUT', '/__sim/time-scale', { body: { scale: 0.01 } })).status).toBe(204);
    const r = await t.call('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
      'stop-server-group': {},
    });
    t.settle(100); // 5 s of work at demo pace, 50 ms at this scale
    expect((await t.job(String(r.body.job_id))).status).toBe('SUCCESS');
    expect((await t.raw('GET', '/__sim/health')).body.time_scale).toBe(0.01);
  });

  it('validates control requests', async () => {
    const t = new TestSim();
    expect((await t.raw('POST', '/__sim/faults/errors', { body: { rate: 1 } })).status).toBe(400);
    expect((await t.raw('POST', '/__sim/faults/errors', { body: { match: 'x', rate: 2 } })).status).toBe(400);
    expect((await t.raw('POST', '/__sim/faults/errors', { body: { match: 'x', status: 200 } })).status).toBe(400);
    expect((await t.raw('POST', '/__sim/faults/fail-next-job', { body: { job_type: 'x' } })).status).toBe(400);
    expect((await t.raw('PUT', '/__sim/faults/latency', { body: { ms: -1 } })).status).toBe(400);
  });

  it('counts upstream requests per route pattern and resets to the seed', async () => {
    const t = new TestSim();
    await t.raw('DELETE', '/__sim/stats');
    const r = await t.call('POST', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}/action`, {
      'stop-server-group': {},
    });
    for (let i = 0; i < 3; i++) await t.job(String(r.body.job_id));
    const stats = (await t.raw('GET', '/__sim/stats')).body.requests as Record<string, number>;
    expect(stats['GET /v1/:project_id/jobs/:job_id']).toBe(3);
    expect(stats['POST /v1/:project_id/server-groups/:id/action']).toBe(1);
    t.settle();
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'available' });
    expect((await t.raw('POST', '/__sim/reset')).status).toBe(204);
    expect(t.byName('group', 'erp-prod')).toMatchObject({ status: 'protected' });
    expect(t.sim.state.count('token')).toBe(0);
  });

  it('answers unknown paths like the API gateway', async () => {
    const t = new TestSim();
    const r = await t.call('GET', '/v1/{pid}/no-such-thing');
    expect([r.status, r.body.error_code]).toEqual([404, 'APIGW.0101']);
  });
});
