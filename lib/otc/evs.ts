import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { evsReplicationPairSchema, volumeSchema, type EvsReplicationPair, type Volume } from './schemas';

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

export async function listVolumes(cloud: Cloud): Promise<Volume[]> {
  const schema = z.looseObject({ volumes: z.array(volumeSchema) });
  const items: Volume[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await cloud.call(
      'evs',
      { method: 'GET', path: '/volumes/detail', query: { limit: PAGE, marker } },
      schema,
    );
    items.push(...page.volumes);
    const last = page.volumes.at(-1);
    if (page.volumes.length < PAGE || !last) return items;
    marker = last.id;
  }
}

export interface EvsPairRequest {
  name: string;
  description?: string;
  productionVolumeId: string;
  drVolumeId: string;
  priorityStation: string;
}

/** Deprecated EVS API: 202 with the new pair in `creating`; no job, its status is watched instead. */
export async function createEvsReplicationPair(cloud: Cloud, req: EvsPairRequest): Promise<EvsReplicationPair> {
  const r = await cloud.call(
    'evs',
    {
      method: 'POST',
      path: '/os-vendor-replications',
      body: {
        replication: {
          name: req.name,
          ...(req.description ? { description: req.description } : {}),
          volume_ids: [req.productionVolumeId, req.drVolumeId],
          priority_station: req.priorityStation,
          replication_model: 'hypermetro',
        },
      },
    },
    z.looseObject({ replication: evsReplicationPairSchema }),
  );
  return r.replication;
}
