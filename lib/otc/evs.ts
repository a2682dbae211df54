import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { evsReplicationPairSchema, type EvsReplicationPair } from './schemas';

const PAGE = 1000;

/** The deprecated EVS pair list has no count: page with `marker` until a short page. */
export async function listEvsReplicationPairs(
  cloud: Cloud,
  filter: { status?: string } = {},
): Promise<EvsReplicationPair[]> {
  const schema = z.looseObject({ replications: z.array(evsReplicationPairSchema) });
  const items: EvsReplicationPair[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await cloud.call(
      'evs',
      { method: 'GET', path: '/os-vendor-replications', query: { ...filter, limit: PAGE, marker } },
      schema,
    );
    items.push(...page.replications);
    const last = page.replications.at(-1);
    if (page.replications.length < PAGE || !last) return items;
    marker = last.id;
  }
}

export async function getEvsReplicationPair(cloud: Cloud, id: string): Promise<EvsReplicationPair> {
  const r = await cloud.call(
    'evs',
    { method: 'GET', path: `/os-vendor-replications/${encodeURIComponent(id)}` },
    z.looseObject({ replication: evsReplicationPairSchema }),
  );
  return r.replication;
}
