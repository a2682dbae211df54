import { Hono } from 'hono';
import { CloudError, sdrsError } from '../../core/errors';
import type { InstanceRec, TagRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { checkTags, isObject } from '../../core/validation';
import { projectOf, readJson, type SimEnv } from '../../http/env';
import { findInstance } from './instances';
import { filterByTags } from './tag-query';

const MAX_TAGS = 20; // through the tag APIs; creation allows 10
const TAG_LOCKED = ['creating', 'deleting'];

function writableInstance(sim: Sim, projectId: string, id: string, code: string, message: string): InstanceRec {
  const pi = findInstance(sim, projectId, id);
  if (TAG_LOCKED.includes(pi.status)) throw sdrsError(code, message);
  return pi;
}

/** Adds or overwrites tags (T1/T2 are idempotent per key), keeping the 20-tag limit. */
function upsertTags(sim: Sim, pi: InstanceRec, tags: TagRec[]): void {
  const merged = new Map(pi.tags.map((t) => [t.key, t.value]));
  for (const t of tags) merged.set(t.key, t.value);
  if (merged.size > MAX_TAGS) throw sdrsError('SDRS.2203', 'Number of tags exceeds the upper limit');
  pi.tags = [...merged].map(([key, value]) => ({ key, value }));
  pi.updated_at = sim.clock.now();
  sim.state.put('instance', pi);
}

export function tagRoutes(sim: Sim): Hono<SimEnv> {
  const r = new Hono<SimEnv>();
  const base = '/v1/:project_id/protected-instances';
  const addDenied = ['SDRS.2221', 'Tag adding not allowed in the current protected instance state'] as const;
  const deleteDenied = ['SDRS.2222', 'Tag deleting not allowed in the current protected instance state'] as const;

  // Registered before `/:id` routes elsewhere: `tags` is not an instance id.
  r.get(`${base}/tags`, (c) => {
    const values = new Map<string, Set<string>>();
    for (const pi of sim.state.where('instance', (x) => x.project_id === projectOf(c))) {
      for (const t of pi.tags) values.set(t.key, (values.get(t.key) ?? new Set()).add(t.value));
    }
    return c.json({ tags: [...values].map(([key, vals]) => ({ key, values: [...vals] })) });
  });

  r.post(`${base}/resource_instances/action`, async (c) => c.json(filterByTags(sim, projectOf(c), await readJson(c))));

  r.get(`${base}/:id/tags`, (c) => {
    const pi = findInstance(sim, projectOf(c), c.req.param('id'));
    return c.json({ tags: pi.tags.map((t) => ({ ...t })) });
  });

  r.post(`${base}/:id/tags`, async (c) => {
    const body = await readJson(c);
    const tag = isObject(body) ? body.tag : undefined;
    if (!isObject(tag)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const [checked] = checkTags([tag], 1);
    const pi = writableInstance(sim, projectOf(c), c.req.param('id'), ...addDenied);
    if (checked) upsertTags(sim, pi, [checked]);
    return c.body(null, 204);
  });

  r.post(`${base}/:id/tags/action`, async (c) => {
    const body = await readJson(c);
    if (!isObject(body)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    if (body.action !== 'create' && body.action !== 'delete')
      throw sdrsError('SDRS.2201', 'action only create or delete');
    if (!Array.isArray(body.tags) || body.tags.length === 0) throw sdrsError('SDRS.2202', 'Empty tag list');
    if (body.action === 'create') {
      const tags = checkTags(body.tags, MAX_TAGS);
      upsertTags(sim, writableInstance(sim, projectOf(c), c.req.param('id'), ...addDenied), tags);
    } else {
      // Missing keys are ignored; the value is optional (reference §2.2 T3).
      const tags = checkTags(body.tags, MAX_TAGS, false);
      const pi = writableInstance(sim, projectOf(c), c.req.param('id'), ...deleteDenied);
      const raw = body.tags as Record<string, unknown>[];
      pi.tags = pi.tags.filter(
        (t) => !tags.some((d, i) => d.key === t.key && (raw[i]?.value === undefined || d.value === t.value)),
      );
      pi.updated_at = sim.clock.now();
      sim.state.put('instance', pi);
    }
    return c.body(null, 204);
  });

  r.delete(`${base}/:id/tags/:key`, (c) => {
    const pi = writableInstance(sim, projectOf(c), c.req.param('id'), ...deleteDenied);
    const key = c.req.param('key');
    if (!pi.tags.some((t) => t.key === key)) {
      throw new CloudError(404, 'SDRS.2206', 'Specified tag key is not found', 'itemNotFound');
    }
    pi.tags = pi.tags.filter((t) => t.key !== key);
    pi.updated_at = sim.clock.now();
    sim.state.put('instance', pi);
    return c.body(null, 204);
  });

  return r;
}
