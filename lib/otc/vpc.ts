import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { securityGroupSchema, subnetSchema, vpcSchema, type SecurityGroup, type Subnet, type Vpc } from './schemas';

export async function listSubnets(cloud: Cloud, vpcId: string): Promise<Subnet[]> {
  const r = await cloud.call(
    'vpc',
    { method: 'GET', path: '/subnets', query: { vpc_id: vpcId } },
    z.looseObject({ subnets: z.array(subnetSchema) }),
  );
  return r.subnets;
}

export async function listVpcs(cloud: Cloud): Promise<Vpc[]> {
  const r = await cloud.call(
    'vpc',
    { method: 'GET', path: '/vpcs', query: { limit: 2000 } },
    z.looseObject({ vpcs: z.array(vpcSchema) }),
  );
  return r.vpcs;
}

export async function listSecurityGroups(cloud: Cloud, vpcId: string): Promise<SecurityGroup[]> {
  const r = await cloud.call(
    'vpc',
    { method: 'GET', path: '/security-groups', query: { vpc_id: vpcId } },
    z.looseObject({ security_groups: z.array(securityGroupSchema) }),
  );
  return r.security_groups;
}
