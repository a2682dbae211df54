import { describe, expect, it } from 'vitest';
import { TestSim } from '../test/harness';

type Row = Record<string, unknown>;

/** Every time format the services use, read as UTC: `2026-10-01 08:00:00.000`, `…T08:00:00.123456`, `…Z`. */
function instant(value: unknown): number {
  const text = String(value).replace(' ', 'T');
  const [, base = '', fraction = ''] = /^([^.Z]+)(?:\.(\d+))?Z?$/.exec(text) ?? [];
  const ms = Date.parse(`${base}.${fraction.padEnd(3, '0').slice(0, 3)}Z`);
  if (Number.isNaN(ms)) throw new Error(`not a timestamp: ${String(value)}`);
  return ms;
}

/** Every resource the seed leaves, read back through each service's own API as a client would. */
async function readTenant(t: TestSim) {
  const get = async (path: string) => (await t.call('GET', path)).body;
  return {
    servers: (await get('/v1/{pid}/cloudservers/detail?limit=1000')).servers as Row[],
    nova: (await get('/v2.1/{pid}/servers/detail?limit=1000')).servers as Row[],
    volumes: (await get('/v2/{pid}/volumes/detail?limit=1000')).volumes as Row[],
    vpcs: (await get('/v1/{pid}/vpcs')).vpcs as Row[],
    subnets: (await get('/v1/{pid}/subnets')).subnets as Row[],
    securityGroups: (await get('/v1/{pid}/security-groups')).security_groups as Row[],
    ports: (await get('/v2.0/ports')).ports as Row[],
    networks: (await get('/v2.0/networks')).networks as Row[],
    groups: (await get('/v1/{pid}/server-groups?limit=1000')).server_groups as Row[],
    instances: (await get('/v1/{pid}/protected-instances?limit=1000')).protected_instances as Row[],
    pairs: (await get('/v1/{pid}/replications?limit=1000')).replications as Row[],
  };
}

const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.id), r]));

describe.each([1, 4])('the seeded tenant at scale %i', (seedScale) => {
  it('has nothing updated before it was created, nor created after now', async () => {
    const t = new TestSim({ seedScale });
    const tenant = await readTenant(t);
    const now = t.clock.now();
    const stamped: [string, Row, string, string][] = [
      ...tenant.servers.map((r) => ['server', r, 'created', 'updated'] as [string, Row, string, string]),
      ...tenant.nova.map((r) => ['nova server', r, 'created', 'updated'] as [string, Row, string, string]),
      ...(['volumes', 'vpcs', 'subnets', 'ports', 'networks', 'groups', 'instances', 'pairs'] as const).flatMap((k) =>
        tenant[k].map((r) => [k, r, 'created_at', 'updated_at'] as [string, Row, string, string]),
      ),
    ];
    const wrong = stamped
      .filter(([, r, c, u]) => instant(r[u]) < instant(r[c]) || instant(r[c]) > now)
      .map(([kind, r, c, u]) => `${kind} ${String(r.name)}: created ${String(r[c])}, updated ${String(r[u])}`);
    expect(wrong).toEqual([]);
    expect(stamped.length).toBeGreaterThan(50 * seedScale);
  });

  it('agrees across services: servers, disks, ports, networks, groups and owners', async () => {
    const t = new TestSim({ seedScale });
    const tenant = await readTenant(t);
    const token = (await t.login()).body.token as { user: { id: string } };
    const volumes = byId(tenant.volumes);
    const servers = byId(tenant.servers);
    const ports = byId(tenant.ports);
    const subnets = byId(tenant.subnets);
    const groups = byId(tenant.securityGroups);
    const vpcs = byId(tenant.vpcs);
    const problems: string[] = [];
    for (const s of tenant.servers) {
      const name = String(s.name);
      const meta = s.metadata as { vpc_id: string };
      if (!vpcs.has(meta.vpc_id)) problems.push(`${name}: unknown VPC`);
      if (s.user_id !== token.user.id) problems.push(`${name}: owner ${String(s.user_id)} is not the project's user`);
      for (const a of s['os-extended-volumes:volumes_attached'] as { id: string }[]) {
        const v = volumes.get(a.id);
        const back = (v?.attachments as { server_id: string }[] | undefined)?.some((x) => x.server_id === s.id);
        if (!back) problems.push(`${name}: disk ${a.id} does not name it as attached`);
        if (v && v.availability_zone !== s['OS-EXT-AZ:availability_zone']) problems.push(`${name}: disk in another AZ`);
      }
      for (const nics of Object.values(s.addresses as Record<string, { 'OS-EXT-IPS:port_id': string; addr: string }[]>))
        for (const n of nics) {
          const port = ports.get(n['OS-EXT-IPS:port_id']);
          if (port?.device_id !== s.id) problems.push(`${name}: port ${n['OS-EXT-IPS:port_id']} is not its own`);
          const subnet = subnets.get(String(port?.network_id));
          if (subnet?.vpc_id !== meta.vpc_id) problems.push(`${name}: port outside its VPC`);
        }
      for (const g of s.security_groups as { id: string; name: string }[])
        if (groups.get(g.id)?.name !== g.name) problems.push(`${name}: security group ${g.id} unknown or renamed`);
    }
    for (const v of tenant.volumes)
      for (const a of v.attachments as { server_id: string }[])
        if (!servers.has(a.server_id)) problems.push(`disk ${String(v.name)}: attached to a server ECS does not list`);
    expect(tenant.networks.map((n) => n.id).sort()).toEqual([...subnets.keys()].sort());

    const sdrsGroups = byId(tenant.groups);
    for (const pi of tenant.instances) {
      const g = sdrsGroups.get(String(pi.server_group_id));
      const source = servers.get(String(pi.source_server));
      const target = servers.get(String(pi.target_server));
      if (!g || !source || !target) problems.push(`instance ${String(pi.name)}: group or servers unknown`);
      else if (source['OS-EXT-AZ:availability_zone'] === target['OS-EXT-AZ:availability_zone'])
        problems.push(`instance ${String(pi.name)}: both servers in one AZ`);
    }
    for (const p of tenant.pairs)
      for (const id of String(p.volume_ids).split(','))
        if (!volumes.has(id)) problems.push(`pair ${String(p.name)}: disk ${id} unknown to EVS`);
    expect(problems).toEqual([]);
    expect(tenant.instances.length).toBeGreaterThan(0);
  });
});
