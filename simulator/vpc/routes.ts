import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import type { Sim } from '../core/sim';
import { vpcTime } from '../core/time-format';
import { projectOf, type SimContext, type SimEnv } from '../http/env';

const vpcNotFound = (what: string) => new CloudError(404, 'VPC.0101', `${what} does not exist.`, 'vpc');

/** Marker paging: items after the one whose id is `marker`; limit 0..2000 (0 = the default). */
function markerPage<T extends { id: string }>(c: SimContext, items: T[]): T[] {
  const q = c.req.query();
  const limit = q.limit === undefined || q.limit === '0' ? 2000 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 0 || limit > 2000) {
    throw new CloudError(400, 'VPC.0002', 'Invalid limit.', 'vpc');
  }
  const start = q.marker ? items.findIndex((i) => i.id === q.marker) + 1 : 0;
  return items.slice(start, start + limit);
}

export function vpcRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id';

  const vpcView = (id: string) => {
    const v = sim.state.get('vpc', id);
    if (!v) return null;
    return {
      id: v.id,
      name: v.name,
      description: '',
      cidr: v.cidr,
      status: 'OK',
      enterprise_project_id: '0',
      routes: [],
      enable_shared_snat: false,
      tenant_id: v.project_id,
      created_at: vpcTime(v.created_at),
      updated_at: vpcTime(v.created_at),
    };
  };

  r.get(`${base}/vpcs`, (c) => {
    const id = c.req.query('id');
    const items = sim.state
      .where('vpc', (v) => v.project_id === projectOf(c) && (!id || v.id === id))
      .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
    return c.json({ vpcs: markerPage(c, items).map((v) => vpcView(v.id)) });
  });

  r.get(`${base}/vpcs/:id`, (c) => {
    const v = sim.state.get('vpc', c.req.param('id'));
    if (!v || v.project_id !== projectOf(c)) throw vpcNotFound('The VPC');
    return c.json({ vpc: vpcView(v.id) });
  });

  r.get(`${base}/subnets`, (c) => {
    const vpcId = c.req.query('vpc_id');
    const items = sim.state
      .where('subnet', (s) => s.project_id === projectOf(c) && (!vpcId || s.vpc_id === vpcId))
      .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
    return c.json({
      subnets: markerPage(c, items).map((s) => ({
        id: s.id,
        name: s.name,
        description: '',
        cidr: s.cidr,
        gateway_ip: s.gateway_ip,
        ipv6_enable: false,
        cidr_v6: '',
        gateway_ip_v6: '',
        dhcp_enable: true,
        primary_dns: '100.125.4.25',
        secondary_dns: '100.125.129.199',
        dnsList: ['100.125.4.25', '100.125.129.199'],
        availability_zone: '',
        vpc_id: s.vpc_id,
        status: 'ACTIVE',
        // The VPC API's subnet id is the neutron network id: the value SDRS expects (reference §5.4).
        neutron_network_id: s.id,
        neutron_subnet_id: s.neutron_subnet_id,
        neutron_subnet_id_v6: '',
        extra_dhcp_opts: [],
        scope: 'center',
        tenant_id: s.project_id,
        created_at: vpcTime(s.created_at),
        updated_at: vpcTime(s.created_at),
      })),
    });
  });

  r.get(`${base}/security-groups`, (c) => {
    const vpcId = c.req.query('vpc_id');
    const items = sim.state
      .where('security_group', (g) => g.project_id === projectOf(c) && (!vpcId || g.vpc_id === vpcId))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return c.json({
      security_groups: markerPage(c, items).map((g) => ({
        id: g.id,
        name: g.name,
        description: '',
        vpc_id: g.vpc_id,
        enterprise_project_id: '0',
        security_group_rules: [],
      })),
    });
  });

  return r;
}
