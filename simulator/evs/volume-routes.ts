import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import type { VolumeRec } from '../core/model';
import { REGION_AZS } from '../core/region';
import type { Sim } from '../core/sim';
import { isObject, utf8Bytes } from '../core/validation';
import { projectOf, readJson, type SimContext, type SimEnv } from '../http/env';
import { createVolume, pairOfVolume } from '../sdrs/topology';
import { volumeView } from './views';

/** Cinder-style errors: `{"badRequest": {"code": 400, "message": ...}}`. */
export const evsBadRequest = (message: string) => new CloudError(400, 'EVS.0400', message, 'nova', 'badRequest');
export const evsNotFound = (message: string) => new CloudError(404, 'EVS.0404', message, 'nova', 'itemNotFound');

const VOLUME_TYPES = ['SATA', 'SAS', 'SSD', 'GPSSD', 'ESSD'];

export function findVolume(sim: Sim, projectId: string, id: string): VolumeRec {
  const v = sim.state.get('volume', id);
  if (!v || v.project_id !== projectId) throw evsNotFound(`Volume ${id} could not be found.`);
  return v;
}

export function evsPaging(q: Record<string, string>): { limit: number; offset: number } {
  const limit = q.limit === undefined ? 1000 : Number(q.limit);
  const offset = q.offset === undefined ? 0 : Number(q.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw evsBadRequest('Invalid input received: limit must be 1 to 1000.');
  if (!Number.isInteger(offset) || offset < 0) throw evsBadRequest('Invalid input received: offset must be >= 0.');
  return { limit, offset };
}

/** The items after the one whose id is `marker` (Cinder refuses an unknown marker). */
export function afterMarker<T extends { id: string }>(items: T[], marker: string | undefined): T[] {
  if (!marker) return items;
  const i = items.findIndex((item) => item.id === marker);
  if (i < 0) throw evsBadRequest(`marker [${marker}] not found`);
  return items.slice(i + 1);
}

/** EVS (Cinder) volumes: the same routes under `/v2` and, as OTC serves them too, `/v3`. */
export function volumeRoutes(sim: Sim, version: 'v2' | 'v3' = 'v2'): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = `/${version}/:project_id`;

  r.get(`${base}/os-availability-zone`, (c) =>
    c.json({
      availabilityZoneInfo: REGION_AZS.map((zoneName) => ({
        zoneState: { available: true },
        zoneName,
      })),
    }),
  );

  const listVolumes = (c: SimContext) => {
    const q = c.req.query();
    const { limit, offset } = evsPaging(q);
    const desc = q.sort_dir !== 'asc';
    const key = (['id', 'status', 'size', 'created_at'] as const).find((k) => k === q.sort_key) ?? 'created_at';
    let items = sim.state
      .where('volume', (v) => v.project_id === projectOf(c))
      .filter((v) => !q.status || v.status === q.status)
      .filter((v) => !q.availability_zone || v.az === q.availability_zone)
      .filter((v) => !q.name || v.name === q.name)
      .sort((a, b) => {
        const av = key === 'created_at' ? a.created_at : a[key];
        const bv = key === 'created_at' ? b.created_at : b[key];
        const cmp = av < bv ? -1 : av > bv ? 1 : a.id < b.id ? -1 : 1;
        return desc ? -cmp : cmp;
      });
    items = afterMarker(items, q.marker);
    const page = items.slice(offset, offset + limit);
    const origin = new URL(c.req.url).origin;
    const last = page[page.length - 1];
    const more = items.length > offset + limit && last;
    return {
      page,
      origin,
      links: more
        ? [{ href: `${origin}/v2/${projectOf(c)}/volumes/detail?limit=${limit}&marker=${last.id}`, rel: 'next' }]
        : [],
    };
  };

  r.get(`${base}/volumes/detail`, (c) => {
    const { page, origin, links } = listVolumes(c);
    return c.json({
      volumes: page.map((v) => volumeView(v, origin)),
      ...(links.length ? { volumes_links: links } : {}),
    });
  });

  r.get(`${base}/volumes`, (c) => {
    const { page, origin, links } = listVolumes(c);
    return c.json({
      volumes: page.map((v) => ({ id: v.id, name: v.name, links: volumeView(v, origin).links })),
      ...(links.length ? { volumes_links: links } : {}),
    });
  });

  r.get(`${base}/volumes/:id`, (c) =>
    c.json({ volume: volumeView(findVolume(sim, projectOf(c), c.req.param('id')), new URL(c.req.url).origin) }),
  );

  r.post(`${base}/volumes`, async (c) => {
    const body = await readJson(c);
    const v = isObject(body) && isObject(body.volume) ? body.volume : null;
    if (!v) throw evsBadRequest('Invalid input received: the request body must contain a volume.');
    const size = v.size;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 32768) {
      throw evsBadRequest('Invalid input received: size must be an integer from 1 to 32768.');
    }
    const az = v.availability_zone;
    if (typeof az !== 'string' || !REGION_AZS.includes(az)) {
      throw evsBadRequest('Invalid input received: availability_zone is invalid.');
    }
    const type = v.volume_type ?? 'SATA';
    if (typeof type !== 'string' || !VOLUME_TYPES.includes(type))
      throw evsBadRequest('Invalid input received: volume_type is invalid.');
    const name = v.name ?? '';
    if (typeof name !== 'string' || utf8Bytes(name) > 255)
      throw evsBadRequest('Invalid input received: name is too long.');
    const vol = createVolume(
      sim.state,
      {
        project_id: projectOf(c),
        name,
        size,
        volume_type: type,
        az,
        bootable: false,
        multiattach: v.multiattach === true,
        status: 'creating',
      },
      sim.clock.now(),
    );
    if (typeof v.description === 'string') vol.description = v.description;
    sim.engine.start({
      type: 'evs:volumeStatus',
      project_id: vol.project_id,
      ctx: { volume_id: vol.id, target: 'available' },
    });
    return c.json({ volume: volumeView(vol, new URL(c.req.url).origin) }, 202);
  });

  r.delete(`${base}/volumes/:id`, (c) => {
    const v = findVolume(sim, projectOf(c), c.req.param('id'));
    if (!['available', 'error', 'error_restoring', 'error_extending'].includes(v.status) || v.attachments.length > 0) {
      throw evsBadRequest(
        `Invalid volume: Volume status must be available or error, but current status is: ${v.status}.`,
      );
    }
    if (pairOfVolume(sim.state, v.id) || sim.state.all('evs_pair').some((p) => p.volume_ids.includes(v.id))) {
      throw evsBadRequest('Invalid volume: the volume is used by a replication pair.');
    }
    v.status = 'deleting';
    sim.state.put('volume', v);
    sim.engine.start({
      type: 'evs:volumeStatus',
      project_id: v.project_id,
      ctx: { volume_id: v.id, target: 'deleted' },
    });
    return c.body(null, 202);
  });

  return r;
}
