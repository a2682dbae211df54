import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { subnetSchema, type Subnet } from './schemas';

export async function listSubnets(cloud: Cloud, vpcId: string): Promise<Subnet[]> {
  const r = await cloud.call(
    'vpc',
    { method: 'GET', path: '/subnets', query: { vpc_id: vpcId } },
    z.looseObject({ subnets: z.array(subnetSchema) }),
  );
  return r.subnets;
}
