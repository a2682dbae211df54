import { Hono } from 'hono';
import type { Sim } from '../core/sim';
import { REGION, REGION_AZS } from '../core/region';
import { vpcTime } from '../core/time-format';
import { projectOf, type SimEnv } from '../http/env';

// Set by the platform on every network; the simulated region's internal zone.
const DNS_DOMAIN = `${REGION}.compute.internal.`;
const dnsName = (ip: string) => `ip-${ip.replaceAll('.', '-')}`;

/**
 * The Neutron v2.0 reads OTC serves on its VPC endpoint, over the same data as the VPC API: each
 * VPC subnet is a Neutron network (its id is the network id) holding one Neutron subnet, and each
 * server NIC is a port. The OpenStack CLI's `network list` and `subnet list` read these.
 */
export function neutronRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const named = <T extends { name: string }>(items: T[], name: string | undefined) =>
    name ? items.filter((i) => i.name === name) : items;

  r.get('/v2.0/networks', (c) => {
    const project = projectOf(c);
    const networks = sim.state
      .where('subnet', (s) => s.project_id === project)
      .map((s) => ({
        id: s.id,
        name: s.name,
        status: 'ACTIVE',
        subnets: [s.neutron_subnet_id],
        admin_state_up: true,
        shared: false,
        'router:external': false,
        availability_zone_hints: [],
        availability_zones: [...REGION_AZS],
        'provider:network_type': 'vxlan',
        port_security_enabled: true,
        dns_domain: DNS_DOMAIN,
        tenant_id: project,
        project_id: project,
        created_at: vpcTime(s.created_at),
        updated_at: vpcTime(s.created_at),
      }));
    return c.json({ networks: named(networks, c.req.query('name')) });
  });

  r.get('/v2.0/subnets', (c) => {
    const project = projectOf(c);
    const network = c.req.query('network_id');
    const subnets = sim.state
      .where('subnet', (s) => s.project_id === project && (!network || s.id === network))
      .map((s) => ({
        id: s.neutron_subnet_id,
        name: s.name,
        network_id: s.id,
        cidr: s.cidr,
        gateway_ip: s.gateway_ip,
        description: '',
        ip_version: 4,
        ipv6_address_mode: null,
        ipv6_ra_mode: null,
        enable_dhcp: true,
        dns_nameservers: ['100.125.4.25', '100.125.129.199'],
        allocation_pools: [],
        host_routes: [],
        tenant_id: project,
        project_id: project,
        created_at: vpcTime(s.created_at),
        updated_at: vpcTime(s.created_at),
      }));
    return c.json({ subnets: named(subnets, c.req.query('name')) });
  });

  r.get('/v2.0/ports', (c) => {
    const project = projectOf(c);
    const device = c.req.query('device_id');
    const neutronSubnet = new Map(sim.state.all('subnet').map((s) => [s.id, s.neutron_subnet_id]));
    const ports = sim.state
      .where('server', (s) => s.project_id === project && (!device || s.id === device))
      .flatMap((srv) =>
        srv.nics.map((n) => ({
          id: n.port_id,
          name: '',
          network_id: n.subnet_id,
          mac_address: n.mac,
          fixed_ips: [{ subnet_id: neutronSubnet.get(n.subnet_id) ?? '', ip_address: n.ip }],
          device_id: srv.id,
          device_owner: `compute:${srv.az}`,
          status: 'ACTIVE',
          admin_state_up: true,
          security_groups: srv.security_group_ids,
          allowed_address_pairs: [],
          extra_dhcp_opts: [],
          port_security_enabled: true,
          'binding:vnic_type': 'normal',
          'binding:vif_details': {},
          'binding:profile': {},
          dns_name: dnsName(n.ip),
          dns_assignment: [{ hostname: dnsName(n.ip), ip_address: n.ip, fqdn: `${dnsName(n.ip)}.${DNS_DOMAIN}` }],
          tenant_id: project,
          project_id: project,
          created_at: vpcTime(srv.created_at),
          updated_at: vpcTime(srv.created_at),
        })),
      );
    return c.json({ ports });
  });

  r.get('/v2.0/availability_zones', (c) =>
    c.json({
      availability_zones: REGION_AZS.map((name) => ({ name, resource: 'network', state: 'available' })),
    }),
  );

  r.get('/v2.0/security-groups', (c) => {
    const project = projectOf(c);
    const groups = sim.state
      .where('security_group', (g) => g.project_id === project)
      .map((g) => {
        // A group is created with its VPC, and the simulator never changes either.
        const created = vpcTime(sim.state.get('vpc', g.vpc_id)?.created_at ?? 0);
        return {
          id: g.id,
          name: g.name,
          description: '',
          security_group_rules: [],
          tenant_id: project,
          project_id: project,
          created_at: created,
          updated_at: created,
        };
      });
    return c.json({ security_groups: named(groups, c.req.query('name')) });
  });

  return r;
}
