import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

describe('ECS batch start and stop', () => {
  it('stops several servers as one job with a sub-job per server, then starts them again', async () => {
    const t = new TestSim();
    const ids = [t.id('server', 'web-01'), t.id('server', 'db-01')];
    const stop = await t.call('POST', '/v1/{pid}/cloudservers/action', {
      'os-stop': { type: 'SOFT', servers: ids.map((id) => ({ id })) },
    });
    expect(stop.status).toBe(200);
    const jobId = String(stop.body.job_id);
    const running = await t.job(jobId);
    expect(running).toMatchObject({ job_type: 'batchStopServers' });
    expect(['INIT', 'RUNNING']).toContain(running.status);
    t.settle();
    const done = await t.job(jobId);
    expect(done.status).toBe('SUCCESS');
    const subs = (done.entities as { sub_jobs: { job_type: string; entities: { server_id: string } }[] }).sub_jobs;
    expect(subs.map((s) => [s.job_type, s.entities.server_id])).toEqual(ids.map((id) => ['stopServer', id]));
    for (const id of ids) expect(t.sim.state.get('server', id)?.status).toBe('SHUTOFF');

    const start = await t.call('POST', '/v1/{pid}/cloudservers/action', { 'os-start': { servers: [{ id: ids[0] }] } });
    t.settle();
    expect((await t.job(String(start.body.job_id))).job_type).toBe('batchStartServers');
    expect(t.sim.state.get('server', ids[0] ?? '')?.status).toBe('ACTIVE');
  });

  it('refuses an unknown server, an empty list, another action and a server mid-change', async () => {
    const t = new TestSim();
    const web = t.id('server', 'web-01');
    const post = (body: unknown) => t.call('POST', '/v1/{pid}/cloudservers/action', body);
    expect((await post({ 'os-stop': { servers: [{ id: 'nope' }] } })).status).toBe(404);
    expect((await post({ 'os-stop': { servers: [] } })).status).toBe(400);
    expect((await post({ reboot: { servers: [{ id: web }] } })).status).toBe(400);
    expect((await post({ 'os-stop': { type: 'GENTLE', servers: [{ id: web }] } })).status).toBe(400);
    expect((await post({ 'os-stop': { servers: [{ id: web }] } })).status).toBe(200);
    const clash = await post({ 'os-start': { servers: [{ id: web }] } });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ error: { code: 'Ecs.0610' } });
  });
});
