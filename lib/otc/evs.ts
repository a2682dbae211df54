import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { idSegment } from './ids';
import { evsReplicationPairSchema, volumeSchema, type EvsReplicationPair, type Volume } from './schemas';

const PAGE = 1000;

/** EVS lists have no count: page with `marker` (the last id) until a short page. */
async function listByMarker<T extends { id: string }>(
  cloud: Cloud,
  path: string,
  key: string,
  item: z.ZodType<T>,
  query: Record<string, string | undefined> = {},
): Promise<T[]> {
  const schema = z.looseObject({ [key]: z.array(item) });
  const items: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await cloud.call('evs', { method: 'GET', path, query: { ...query, limit: PAGE, marker } }, schema);
    const batch = page[key] as T[];
    items.push(...batch);
    const last = batch.at(-1);
    if (batch.length < PAGE || !last) return items;
    marker = last.id;
  }
}

export const listEvsReplicationPairs = (
  cloud: Cloud,
  filter: { status?: string } = {},
): Promise<EvsReplicationPair[]> =>
  listByMarker(cloud, '/os-vendor-replications', 'replications', evsReplicationPairSchema, filter);

export async function getEvsReplicationPair(cloud: Cloud, id: string): Promise<EvsReplicationPair> {
  const r = await cloud.call(
    'evs',
    { method: 'GET', path: `/os-vendor-replications/${idSegment(id)}` },
    z.looseObject({ replication: evsReplicationPairSchema }),
  );
  return r.replication;
}

export const listVolumes = (cloud: Cloud): Promise<Volume[]> =>
  listByMarker(cloud, '/volumes/detail', 'volumes', volumeSchema);

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

export async function getVolume(cloud: Cloud, id: string): Promise<Volume> {
  const r = await cloud.call(
    'evs',
    { method: 'GET', path: `/volumes/${idSegment(id)}` },
    z.looseObject({ volume: volumeSchema }),
  );
  return r.volume;
}

/** A disk's name for people, its id when it has none or cannot be read. */
export const volumeName = (cloud: Cloud, id: string | undefined): Promise<string> =>
  id
    ? getVolume(cloud, id)
        .then((v) => v.name || id)
        .catch(() => id)
    : Promise.resolve('—');
