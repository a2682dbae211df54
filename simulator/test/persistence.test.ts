import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { openDatabase, readAllDocuments } from '../store/database';
import { TestSim } from './harness';

const dirs: string[] = [];
const tempDb = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-'));
  dirs.push(dir);
  return path.join(dir, 'sim.db');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('resumes a job that was running when the simulator stopped and finishes it', async () => {
    const file = tempDb();
    const clock = new ManualClock();
    const before = new TestSim({ db: openDatabase(file), clock });
    const r = await before.call('POST', '/v1/{pid}/protected-instances', {
      protected_instance: {
        server_group_id: before.id('group', 'crm-staging'),
        server_id: before.id('server', 'app-01'),
        name: 'survivor',
      },
    });
    const jobId = String(r.body.job_id);
    before.settle(9000); // DR server done, pairs being created
    expect((await before.job(jobId)).status).toBe('RUNNING');
    const token = await before.token();
    before.db.$client.close();

    clock.advance(3000);
    const after = new TestSim({ db: openDatabase(file), clock });
    // The token survived the restart too.
    const job = await after.raw('GET', `/v1/{pid}/jobs/${jobId}`, { headers: { 'x-auth-token': token } });
    expect(job.status).toBe(200);
    expect(job.body.status).toBe('RUNNING');
    after.settle(60_000);
    const done = await after.job(jobId);
    expect(done.status).toBe('SUCCESS');
    const piId = (done.entities as Record<string, string>).protected_instance_id ?? '';
    expect(after.sim.state.get('instance', piId)).toMatchObject({ name: 'survivor', status: 'available' });
    expect(after.sim.state.where('pair', (p) => p.name.startsWith('survivor'))).toHaveLength(2);
    after.db.$client.close();
  });

  it('keeps every write: the store holds exactly what memory holds', async () => {
    const file = tempDb();
    const t = new TestSim({ db: openDatabase(file) });
    await t.run('POST', '/v1/{pid}/replications', {
      replication: {
        server_group_id: t.id('group', 'crm-staging'),
        volume_id: t.id('volume', 'spare-ssd-100-a'),
        name: 'kept',
      },
    });
    await t.call('PUT', `/v1/{pid}/server-groups/${t.id('group', 'erp-prod')}`, {
      server_group: { name: 'erp-renamed' },
    });
    const reopened = new TestSim({ db: openDatabase(file) });
    expect(reopened.byName('group', 'erp-renamed')).toBeDefined();
    expect(reopened.byName('pair', 'kept')).toMatchObject({ status: 'available' });
  });

  it('seeds the same tenant on every fresh start, and --reset reseeds', async () => {
    const docs = (t: TestSim) =>
      readAllDocuments(t.db)
        .filter((d) => d.kind !== 'token')
        .map((d) => `${d.kind}/${d.id}/${d.body}`)
        .sort();
    const a = new TestSim();
    const b = new TestSim();
    expect(docs(a)).toEqual(docs(b));
    await a.call('PUT', `/v1/{pid}/server-groups/${a.id('group', 'erp-prod')}`, { server_group: { name: 'changed' } });
    const again = new TestSim({ db: a.db, reset: true });
    expect(docs(again)).toEqual(docs(b));
  });

  it('multiplies servers, disks and protected instances with the seed scale', () => {
    const base = new TestSim();
    const scaled = new TestSim({ seedScale: 4 });
    const count = (t: TestSim, kind: 'server' | 'instance' | 'volume') => t.sim.state.count(kind);
    expect(count(scaled, 'server') - count(base, 'server')).toBe(3 * 14);
    expect(count(scaled, 'instance') - count(base, 'instance')).toBe(3 * 7);
    expect(count(scaled, 'volume')).toBeGreaterThan(count(base, 'volume') + 3 * 14);
  });

  it('keeps state consistent under concurrent requests', async () => {
    const file = tempDb();
    const t = new TestSim({ db: openDatabase(file) });
    const crm = t.id('group', 'crm-staging');
    await t.token();
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? t.call('POST', '/v1/{pid}/server-groups', {
              server_group: {
                name: `g${i}`,
                source_availability_zone: 'eu-de-01',
                target_availability_zone: 'eu-de-02',
                domain_id: t.byName('group', 'erp-prod').domain_id,
                source_vpc_id: t.id('vpc', 'vpc-dr-demo'),
              },
            })
          : t.call('PUT', `/v1/{pid}/server-groups/${crm}`, { server_group: { name: `crm-${i}` } }),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    t.settle();
    const reopened = new TestSim({ db: openDatabase(file) });
    expect(reopened.sim.state.count('group')).toBe(22);
    expect(reopened.sim.state.where('group', (g) => g.status === 'available').length).toBe(21);
    expect(reopened.sim.state.count('job')).toBe(t.sim.state.count('job'));
  });
});
