import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import { vpcTime } from '../core/time-format';
import type { SimEnv } from '../http/env';
import { PUBLIC_IMAGES, type PublicImage } from './public-images';

/**
 * A read-only image service (Glance v2, which OTC's IMS also answers) under `/image`, listing the
 * public images the seeded servers were created from. The OpenStack client needs an image
 * endpoint to list servers, and resolves images by id.
 */
export function imageRoutes(): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const version = (origin: string) => ({
    id: 'v2.9',
    status: 'CURRENT',
    links: [{ rel: 'self', href: `${origin}/image/v2/` }],
  });
  const view = (i: PublicImage) => ({
    id: i.id,
    name: i.name,
    status: 'active',
    visibility: 'public',
    protected: true,
    disk_format: 'zvhd2',
    container_format: 'bare',
    min_disk: i.minDisk,
    min_ram: 0,
    __os_type: i.osType,
    __platform: i.platform,
    __imagetype: 'gold',
    __os_bit: '64',
    tags: [],
    created_at: `${vpcTime(i.createdAt)}Z`,
    updated_at: `${vpcTime(i.createdAt)}Z`,
    self: `/v2/images/${i.id}`,
    file: `/v2/images/${i.id}/file`,
    schema: '/v2/schemas/image',
  });
  r.get('/image', (c) => c.json({ versions: [version(new URL(c.req.url).origin)] }));
  r.get('/image/v2/images', (c) => {
    const { name } = c.req.query();
    const images = PUBLIC_IMAGES.filter((i) => !name || i.name === name).map(view);
    return c.json({ images, schema: '/v2/schemas/images', first: '/v2/images' });
  });
  r.get('/image/v2/images/:id', (c) => {
    const found = PUBLIC_IMAGES.find((i) => i.id === c.req.param('id'));
    if (!found) throw new CloudError(404, 'IMG.0001', 'The image does not exist.', 'flat');
    return c.json(view(found));
  });
  return r;
}
