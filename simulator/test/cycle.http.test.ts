import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/demo-identity';
import { startSimServer, type RunningSim } from '../server';
import { openDatabase } from '../store/database';
import { until } from './until';

/**
 * The whole DR cycle over real HTTP against the running server (its ticker included), at a time
 * scale that keeps it to seconds.
 */
let running: RunningSim;
let token = '';
const pid = DEMO.project.id;

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${running.url}${path.replaceAll('{pid}', pid)}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // The journey reads deep into many response shapes; each value read is asserted, so no schema here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
}

async function finish(reply: { status: number; body: Record<string, unknown> }) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return until(`job ${reply.body.job_id}`, async () => {
    const job = (await api('GET', `/v1/{pid}/jobs/${reply.body.job_id}`)).body;
    return job.status === 'SUCCESS' || job.status === 'FAIL' ? job : undefined;
  });
}

const group = async (id: string) => (await api('GET', `/v1/{pid}/server-groups/${id}`)).body.server_group;

beforeAll(async () => {
  running = await startSimServer({ db: openDatabase(':memory:'), port: 0, settings: { timeScale: 0.02 } });
  const res = await fetch(`${running.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo-operator', password: DEMO.password, domain: { name: 'demo' } } },
        },
        scope: { project: { name: 'eu-de' } },
      },
    }),
  });
  expect(res.status).toBe(201);
  token = res.headers.get('x-subject-token') ?? '';
});

afterAll(async () => {
  await running.close();
});

describe('full DR cycle over HTTP', () => {
  it('create group → protected instance → enable → switchover → failover → re-protect → disable → delete all', async () => {
    const state = running.sim.state;
    const server = (name: string) => state.all('server').find((s) => s.name === name && s.az === 'eu-de-01');
    const vpc = state.all('vpc').find((v) => v.name === 'vpc-dr-demo');
    const domain = (await api('GET', '/v1/{pid}/active-domains')).body.domains[0];

    const created = await finish(
      await api('POST', '/v1/{pid}/server-groups', {
        server_group: {
          name: 'cycle-group',
          source_availability_zone: domain.local_replication_cluster.availability_zone,
          target_availability_zone: domain.remote_replication_cluster.availability_zone,
          domain_id: domain.id,
          source_vpc_id: vpc?.id,
        },
      }),
    );
    expect(created.status).toBe('SUCCESS');
    const gid = created.entities.server_group_id;
    expect(await group(gid)).toMatchObject({ status: 'available', priority_station: 'source' });

    const piJob = await finish(
      await api('POST', '/v1/{pid}/protected-instances', {
        protected_instance: { server_group_id: gid, server_id: server('app-01')?.id, name: 'cycle-app' },
      }),
    );
    expect(piJob.status).toBe('SUCCESS');
    expect(piJob.entities.sub_jobs.every((s: { status: string }) => s.status === 'SUCCESS')).toBe(true);
    const piId = piJob.entities.protected_instance_id;
    const pairs = (await api('GET', `/v1/{pid}/replications?server_group_id=${gid}`)).body;
    expect(pairs.count).toBe(2);
    expect(pairs.replications.every((p: { status: string }) => p.status === 'available')).toBe(true);

    // Enable: progress becomes visible while syncing, then protected.
    const enable = await api('POST', `/v1/{pid}/server-groups/${gid}/action`, { 'start-server-group': {} });
    const progressSeen = await until('sync progress', async () => {
      const g = await group(gid);
      return g.status === 'starting' && g.progress > 0 && g.progress < 100
        ? g.progress
        : g.status === 'protected'
          ? -1
          : undefined;
    });
    expect((await finish(enable)).job_type).toBe('startProtectionGroupNoCG');
    expect(await group(gid)).toMatchObject({ status: 'protected', replication_status: 'active', progress: 100 });
    expect(progressSeen === -1 || (progressSeen > 0 && progressSeen < 100)).toBe(true);

    // Switchover needs the production server stopped.
    const reverse = { 'reverse-server-group': { priority_station: 'target' } };
    expect((await api('POST', `/v1/{pid}/server-groups/${gid}/action`, reverse)).body.error.code).toBe('SDRS.1319');
    expect((await api('POST', `/v2.1/{pid}/servers/${server('app-01')?.id}/action`, { 'os-stop': null })).status).toBe(
      202,
    );
    await until('app-01 stopped', async () =>
      (await api('GET', `/v1/{pid}/cloudservers/${server('app-01')?.id}`)).body.server.status === 'SHUTOFF'
        ? true
        : undefined,
    );
    expect((await finish(await api('POST', `/v1/{pid}/server-groups/${gid}/action`, reverse))).job_type).toBe(
      'reverseProtectionGroupNoCG',
    );
    expect(await group(gid)).toMatchObject({ status: 'protected', priority_station: 'target' });
    expect((await api('GET', `/v1/{pid}/protected-instances/${piId}`)).body.protected_instance.priority_station).toBe(
      'target',
    );

    const failover = await finish(
      await api('POST', `/v1/{pid}/server-groups/${gid}/action`, { 'failover-server-group': {} }),
    );
    expect(failover).toMatchObject({ status: 'SUCCESS', job_type: 'failoverProtectionGroupNoCG' });
    expect(await group(gid)).toMatchObject({
      status: 'failed-over',
      priority_station: 'source',
      replication_status: 'inactive',
    });
    expect((await api('GET', `/v1/{pid}/protected-instances/${piId}`)).body.protected_instance.status).toBe(
      'failed-over',
    );

    const reprotect = await finish(
      await api('POST', `/v1/{pid}/server-groups/${gid}/action`, { 'start-server-group': {} }),
    );
    expect(reprotect).toMatchObject({ status: 'SUCCESS', job_type: 'reprotectProtectionGroupNoCG' });
    expect(await group(gid)).toMatchObject({ status: 'protected', replication_status: 'active' });

    expect(
      (await finish(await api('POST', `/v1/{pid}/server-groups/${gid}/action`, { 'stop-server-group': {} }))).status,
    ).toBe('SUCCESS');
    expect(await group(gid)).toMatchObject({ status: 'available', protected_status: 'stopped' });

    expect(
      (await finish(await api('DELETE', `/v1/{pid}/protected-instances/${piId}`, { delete_target_server: true })))
        .status,
    ).toBe('SUCCESS');
    expect((await api('GET', `/v1/{pid}/protected-instances/${piId}`)).body.error.code).toBe('SDRS.1320');
    for (const p of pairs.replications) {
      expect(
        (
          await finish(
            await api('DELETE', `/v1/{pid}/replications/${p.id}`, { replication: { delete_target_volume: true } }),
          )
        ).status,
      ).toBe('SUCCESS');
    }
    expect((await finish(await api('DELETE', `/v1/{pid}/server-groups/${gid}`))).status).toBe('SUCCESS');
    const gone = await api('GET', `/v1/{pid}/server-groups/${gid}`);
    expect([gone.status, gone.body.error.code]).toEqual([400, 'SDRS.1013']);
  });

  it('EVS pair: create → available → delete', async () => {
    const volume = (name: string) => running.sim.state.all('volume').find((v) => v.name === name)?.id;
    const created = await api('POST', '/v2/{pid}/os-vendor-replications', {
      replication: {
        name: 'legacy',
        volume_ids: [volume('spare-ssd-100-a'), volume('spare-ssd-100-b')],
        priority_station: 'eu-de-01',
        replication_model: 'hypermetro',
      },
    });
    expect(created.status).toBe(202);
    expect(created.body.replication.status).toBe('creating');
    const id = created.body.replication.id;
    const available = await until('available', async () => {
      const p = (await api('GET', `/v2/{pid}/os-vendor-replications/${id}`)).body.replication;
      return p.status === 'available' ? p : undefined;
    });
    expect(available.replication_status).toBe('active');
    expect((await api('DELETE', `/v2/{pid}/os-vendor-replications/${id}`)).status).toBe(202);
    await until('deleted', async () =>
      (await api('GET', `/v2/{pid}/os-vendor-replications/${id}`)).status === 404 ? true : undefined,
    );
  });
});
