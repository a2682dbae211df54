import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';

/** Q1: the project's SDRS quotas (`quota` -1 means unlimited). */
export const quotaSchema = z.looseObject({
  type: z.string(),
  used: z.coerce.number().catch(0),
  quota: z.coerce.number().catch(-1),
});
export type Quota = z.infer<typeof quotaSchema>;

export async function getQuotas(cloud: Cloud): Promise<Quota[]> {
  const schema = z.looseObject({ quotas: z.looseObject({ resources: z.array(quotaSchema) }) });
  return (await cloud.call('sdrs', { method: 'GET', path: '/sdrs/quotas' }, schema)).quotas.resources;
}
