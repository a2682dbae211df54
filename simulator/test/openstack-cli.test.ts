import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../seed/demo-identity';
import { startSimServer, type RunningSim } from '../server';
import { openDatabase } from '../store/database';
import { until } from './until';

/**
 * The OpenStack command-line client (Debian's python3-openstackclient, which CI installs) against
 * the simulator over HTTP, signed in with a password as a user of the seeded tenant would be.
 */
const run = promisify(execFile);
let running: RunningSim;
let home = '';

async function openstack(...args: string[]): Promise<string> {
  return openstackAt(`${running.url}/v3`, ...args);
}

async function openstackAt(authUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('openstack', args, {
    env: {
      NODE_ENV: 'test',
      PATH: process.env.PATH,
      // A home of its own: no clouds.yaml or cache of the machine's user can change the answers.
      HOME: home,
      OS_AUTH_URL: authUrl,
      OS_IDENTITY_API_VERSION: '3',
      OS_USERNAME: 'demo-operator',
      OS_PASSWORD: DEMO.password,
      OS_USER_DOMAIN_NAME: DEMO.domain.name,
      OS_PROJECT_NAME: DEMO.project.name,
      OS_PROJECT_DOMAIN_NAME: DEMO.domain.name,
      OS_REGION_NAME: 'eu-de',
      OS_INTERFACE: 'public',
    },
    timeout: 60_000,
  });
  return stdout;
}
const json = async <T>(...args: string[]): Promise<T> => JSON.parse(await openstack(...args, '-f', 'json')) as T;

beforeAll(async () => {
  try {
    await run('openstack', ['--version']);
  } catch {
    throw new Error('the OpenStack client is not installed: apt-get install python3-openstackclient');
  }
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'openstack-home-'));
  // Jobs at a twentieth of their time, so a server stops and starts in well under a second.
  running = await startSimServer({ db: openDatabase(':memory:'), port: 0, iamPort: 0, settings: { timeScale: 0.05 } });
});

afterAll(async () => {
  await running?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const seeded = <K extends 'server' | 'volume' | 'subnet'>(kind: K) =>
  running.sim.state.where(kind, (r) => r.project_id === DEMO.project.id);

describe('the OpenStack client shows the seeded tenant', () => {
  it('issues a token for the project and lists the catalog it carries', async () => {
    const token = await json<{ project_id: string; user_id: string; expires: string }>('token', 'issue');
    expect(token.project_id).toBe(DEMO.project.id);
    expect(token.user_id).toBe(DEMO.users.operator.id);
    expect(Date.parse(token.expires)).toBeGreaterThan(Date.now());
    const catalog = await json<{ Name: string; Type: string }[]>('catalog', 'list');
    expect(catalog.map((c) => c.Type)).toEqual(
      expect.arrayContaining(['identity', 'compute', 'volumev3', 'network', 'image', 'sdrs', 'evs', 'ecs', 'vpc']),
    );
    const endpoints = await json<{ 'Service Type': string; URL: string }[]>('endpoint', 'list');
    expect(endpoints.find((e) => e['Service Type'] === 'compute')?.URL).toBe(`${running.url}/v2.1/$(tenant_id)s`);
  });

  it("finds IAM's version from the root of its own endpoint, as with an auth URL without /v3", async () => {
    const root = await fetch(running.iamUrl ?? '');
    expect(root.status).toBe(300);
    const token = JSON.parse(await openstackAt(running.iamUrl ?? '', 'token', 'issue', '-f', 'json')) as {
      project_id: string;
    };
    expect(token.project_id).toBe(DEMO.project.id);
  });

  it('lists servers and shows one with its zone, flavor, disks and security groups', async () => {
    const servers = await json<{ ID: string; Name: string; Status: string }[]>('server', 'list');
    expect(servers.map((s) => s.ID).sort()).toEqual(
      seeded('server')
        .map((s) => s.id)
        .sort(),
    );
    const record = seeded('server').find((s) => s.name === 'app-01');
    const shown = await json<Record<string, unknown>>('server', 'show', 'app-01');
    expect(shown).toMatchObject({
      id: record?.id,
      status: record?.status,
      'OS-EXT-AZ:availability_zone': record?.az,
      flavor: record?.flavor_id,
      image: 'N/A (booted from volume)',
    });
    expect((shown.volumes_attached as { id: string }[]).map((v) => v.id).sort()).toEqual(
      record?.volumes.map((v) => v.volume_id).sort(),
    );
    expect((shown.security_groups as { name: string }[]).length).toBe(record?.security_group_ids.length);
  });

  it('stops a running server and starts it again, the status following the power job', async () => {
    const server = seeded('server').find((s) => s.name === 'cache-01' && s.status === 'ACTIVE');
    expect(server).toBeDefined();
    const status = async () => (await json<{ status: string }>('server', 'show', server?.id ?? '')).status;
    await openstack('server', 'stop', server?.id ?? '');
    await until('SHUTOFF', async () => ((await status()) === 'SHUTOFF' ? true : undefined), { timeoutMs: 30_000 });
    await openstack('server', 'start', 'cache-01');
    await until('ACTIVE', async () => ((await status()) === 'ACTIVE' ? true : undefined), { timeoutMs: 30_000 });
  });

  it('lists flavors, disks and zones, and shows a disk with its attachment', async () => {
    const flavors = await json<{ Name: string; VCPUs: number; RAM: number }[]>('flavor', 'list');
    expect(flavors).toContainEqual(expect.objectContaining({ Name: 's3.large.2', VCPUs: 2, RAM: 4096 }));
    const volumes = await json<{ ID: string; Name: string; 'Attached to': string }[]>('volume', 'list');
    expect(volumes.map((v) => v.ID).sort()).toEqual(
      seeded('volume')
        .map((v) => v.id)
        .sort(),
    );
    const disk = seeded('volume').find((v) => v.attachments.length > 0);
    const shown = await json<{ id: string; size: number; attachments: { server_id: string }[] }>(
      'volume',
      'show',
      disk?.id ?? '',
    );
    expect(shown).toMatchObject({ id: disk?.id, size: disk?.size });
    expect(shown.attachments[0]?.server_id).toBe(disk?.attachments[0]?.server_id);
    const zones = await json<{ 'Zone Name': string; 'Zone Status': string }[]>('availability', 'zone', 'list');
    expect(new Set(zones.map((z) => z['Zone Name']))).toEqual(new Set(['eu-de-01', 'eu-de-02', 'eu-de-03']));
    expect(zones.every((z) => z['Zone Status'] === 'available')).toBe(true);
  });

  it('lists networks and subnets over the VPC data', async () => {
    const networks = await json<{ ID: string; Name: string; Subnets: string[] }[]>('network', 'list');
    expect(networks.map((n) => n.ID).sort()).toEqual(
      seeded('subnet')
        .map((s) => s.id)
        .sort(),
    );
    const subnets = await json<{ ID: string; Network: string; Subnet: string }[]>('subnet', 'list');
    for (const s of seeded('subnet')) {
      expect(subnets).toContainEqual(
        expect.objectContaining({ ID: s.neutron_subnet_id, Network: s.id, Subnet: s.cidr }),
      );
    }
  });
});
