import { describe, expect, it } from 'vitest';
import { TestSim } from './harness';

/** Routes the OpenStack clients use that OTC serves beside the ones the console needs. */
describe('routes the standard clients ask for', () => {
  it('serves EVS volumes under /v3 as under /v2, behind the same authentication', async () => {
    const t = new TestSim();
    const v2 = (await t.call('GET', '/v2/{pid}/volumes/detail?limit=1000')).body.volumes as { id: string }[];
    const v3 = (await t.call('GET', '/v3/{pid}/volumes/detail?limit=1000')).body.volumes as { id: string }[];
    expect(v3.length).toBeGreaterThan(0);
    expect(v3.map((v) => v.id)).toEqual(v2.map((v) => v.id));
    const one = (await t.call('GET', `/v3/{pid}/volumes/${v3[0]?.id}`)).body.volume as { id: string };
    expect(one.id).toBe(v3[0]?.id);
    expect((await t.raw('GET', '/v3/{pid}/volumes/detail')).status).toBe(401);
  });

  it("serves Nova's version document and its server list without details", async () => {
    const t = new TestSim();
    expect((await t.raw('GET', '/v2.1')).body.version).toMatchObject({ id: 'v2.1', status: 'CURRENT' });
    const list = (await t.call('GET', '/v2.1/{pid}/servers')).body.servers as { id: string; name: string }[];
    const detail = (await t.call('GET', '/v2.1/{pid}/servers/detail?limit=1000')).body.servers as { id: string }[];
    expect(new Set(list.map((s) => s.id))).toEqual(new Set(detail.map((s) => s.id)));
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['id', 'links', 'name']);
  });
});

describe("Nova's server view", () => {
  it('names security groups, links, the host placement, and why a server is in ERROR', async () => {
    const t = new TestSim();
    type Server = Record<string, unknown> & { id: string; status: string };
    const nova = (await t.call('GET', '/v2.1/{pid}/servers/detail?limit=1000')).body.servers as Server[];
    const ecs = (await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=1000')).body.servers as Server[];
    for (const n of nova) {
      const native = ecs.find((e) => e.id === n.id);
      expect(n.security_groups).toEqual((native?.security_groups as { name: string }[]).map(({ name }) => ({ name })));
      expect(n.hostId).toBe(native?.hostId);
      expect(n['OS-EXT-SRV-ATTR:instance_name']).toBe(native?.['OS-EXT-SRV-ATTR:instance_name']);
      expect((n.links as { rel: string }[]).map((l) => l.rel)).toEqual(['self', 'bookmark']);
      expect((n.flavor as { links: { href: string }[] }).links[0]?.href).toMatch(/\/flavors\/[a-z0-9.]+$/);
      expect('fault' in n).toBe(n.status === 'ERROR');
    }
    expect(nova.some((n) => n.status === 'ERROR')).toBe(true);
    // Placement does not change between reads of a server that was not moved.
    const again = (await t.call('GET', `/v2.1/{pid}/servers/${nova[0]?.id}`)).body.server as Server;
    expect(again.hostId).toBe(nova[0]?.hostId);
  });
});

describe('Neutron reads on the VPC endpoint', () => {
  it('lists networks, subnets, ports and security groups over the VPC data, consistently', async () => {
    const t = new TestSim();
    const networks = (await t.call('GET', '/v2.0/networks')).body.networks as { id: string; subnets: string[] }[];
    const subnets = (await t.call('GET', '/v2.0/subnets')).body.subnets as { id: string; network_id: string }[];
    const vpcSubnets = (await t.call('GET', '/v1/{pid}/subnets')).body.subnets as {
      neutron_network_id: string;
      neutron_subnet_id: string;
    }[];
    expect(networks.map((n) => n.id).sort()).toEqual(vpcSubnets.map((s) => s.neutron_network_id).sort());
    for (const s of subnets) expect(networks.find((n) => n.id === s.network_id)?.subnets).toContain(s.id);
    const servers = (await t.call('GET', '/v2.1/{pid}/servers')).body.servers as { id: string }[];
    const ports = (await t.call('GET', `/v2.0/ports?device_id=${servers[0]?.id}`)).body.ports as {
      device_id: string;
      fixed_ips: { subnet_id: string }[];
    }[];
    expect(ports.length).toBeGreaterThan(0);
    for (const p of ports) expect(subnets.map((s) => s.id)).toContain(p.fixed_ips[0]?.subnet_id);
    const groups = (await t.call('GET', '/v2.0/security-groups')).body.security_groups as unknown[];
    expect(groups.length).toBeGreaterThan(0);
    expect((await t.raw('GET', '/v2.0/networks')).status).toBe(401);
  });
});

describe('what the OpenStack client reads beside the lists', () => {
  it('a flavor’s extra specs, the detailed zone lists and the network zones', async () => {
    const t = new TestSim();
    const specs = (await t.call('GET', '/v2.1/{pid}/flavors/s3.large.2/os-extra_specs')).body.extra_specs as Record<
      string,
      string
    >;
    expect(specs['cond:operation:status']).toBe('normal');
    expect((await t.call('GET', '/v2.1/{pid}/flavors/no.such/os-extra_specs')).status).toBe(404);
    const zones = (await t.call('GET', '/v2.1/{pid}/os-availability-zone/detail')).body.availabilityZoneInfo as {
      zoneName: string;
    }[];
    expect(zones.map((z) => z.zoneName)).toContain('eu-de-01');
    const network = (await t.call('GET', '/v2.0/availability_zones')).body.availability_zones as { name: string }[];
    expect(network.map((z) => z.name)).toContain('eu-de-02');
  });

  it('an image service the token names, listing the public images the servers were created from', async () => {
    const t = new TestSim();
    expect(((await t.raw('GET', '/image')).body.versions as { id: string }[])[0]?.id).toBe('v2.9');
    const images = (await t.call('GET', '/image/v2/images')).body.images as { id: string; name: string }[];
    expect((await t.raw('GET', '/image/v2/images')).status).toBe(401);
    const servers = (await t.call('GET', '/v1/{pid}/cloudservers/detail?limit=1000')).body.servers as {
      image: { id: string };
      metadata: { image_name: string; 'metering.image_id': string };
    }[];
    for (const s of servers) {
      const used = images.find((i) => i.id === s.image.id);
      expect(used?.name).toBe(s.metadata.image_name);
      expect(s.metadata['metering.image_id']).toBe(s.image.id);
    }
    const one = await t.call('GET', `/image/v2/images/${images[0]?.id}`);
    expect(one.body).toMatchObject({ id: images[0]?.id, status: 'active', visibility: 'public' });
    expect((await t.call('GET', '/image/v2/images/no-such-image')).status).toBe(404);
    // Nova names no image for a server that boots from an EVS disk.
    const nova = (await t.call('GET', '/v2.1/{pid}/servers/detail')).body.servers as Record<string, unknown>[];
    expect(nova[0]).toMatchObject({ image: '', 'OS-DCF:diskConfig': 'MANUAL' });
  });
});
