import { Hono } from 'hono';
import { CloudError } from '../core/errors';
import type { SimEnv } from '../http/env';

/**
 * A minimal image service (Glance v2, which OTC's IMS also answers) under `/image`: enough for the
 * OpenStack client, which needs an image endpoint to list servers. The seeded servers name their
 * image only by name in their metadata, so the service lists no images.
 */
export function imageRoutes(): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const version = (origin: string) => ({
    id: 'v2.9',
    status: 'CURRENT',
    links: [{ rel: 'self', href: `${origin}/image/v2/` }],
  });
  r.get('/image', (c) => c.json({ versions: [version(new URL(c.req.url).origin)] }));
  r.get('/image/v2/images', (c) => c.json({ images: [], schema: '/v2/schemas/images', first: '/v2/images' }));
  r.get('/image/v2/images/:id', () => {
    throw new CloudError(404, 'IMG.0001', 'The image does not exist.', 'flat');
  });
  return r;
}
