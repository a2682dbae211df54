import { sdrsError } from '../../core/errors';
import type { InstanceRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { isObject } from '../../core/validation';
import { byNewest } from '../listing';
import { instanceView } from '../views';

interface TagFilter {
  key: string;
  values: string[];
}

function parseTagFilters(raw: unknown): TagFilter[] | null {
  if (raw === undefined) return null;
  if (!Array.isArray(raw) || raw.length > 20) throw sdrsError('SDRS.0201', 'Invalid request parameters');
  const seen = new Set<string>();
  return raw.map((f) => {
    if (!isObject(f) || typeof f.key !== 'string' || f.key.trim() === '') {
      throw sdrsError('SDRS.2205', 'Tag key is blank or an empty string');
    }
    if ([...f.key].length > 127) throw sdrsError('SDRS.2204', 'Invalid tag key');
    if (seen.has(f.key)) throw sdrsError('SDRS.2209', 'Tag parameter contains duplicate keys');
    seen.add(f.key);
    const values = f.values;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || [...v].length > 255)) {
      throw sdrsError('SDRS.2207', 'Invalid tag value');
    }
    if (values.length > 20) throw sdrsError('SDRS.2218', 'Number of values exceeds the upper limit');
    if (new Set(values).size !== values.length)
      throw sdrsError('SDRS.2219', 'Value list of the same key has duplicate values');
    return { key: f.key, values: values as string[] };
  });
}

/** A value starting with `*` matches fuzzily; an empty value list matches any value of the key. */
function tagMatches(pi: InstanceRec, f: TagFilter): boolean {
  const tag = pi.tags.find((t) => t.key === f.key);
  if (!tag) return false;
  if (f.values.length === 0) return true;
  return f.values.some((v) => (v.startsWith('*') ? tag.value.includes(v.slice(1)) : tag.value === v));
}

function parseCountParam(raw: unknown, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isInteger(n)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
  return n;
}

/** T7: query protected instances by tag (flat body, string limit/offset). */
export function filterByTags(sim: Sim, projectId: string, body: unknown) {
  if (!isObject(body)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
  const action = body.action;
  if (action !== 'filter' && action !== 'count')
    throw sdrsError('SDRS.2210', 'action can be set to only filter or count');
  if (action === 'count' && (body.limit !== undefined || body.offset !== undefined)) {
    throw sdrsError('SDRS.2211', 'limit and offset are not supported when action is set to count');
  }
  const limit = parseCountParam(body.limit, 1000);
  const offset = parseCountParam(body.offset, 0);
  if (limit < 1 || limit > 1000)
    throw sdrsError('SDRS.2220', 'Minimum and maximum values of limit are 1 and 1000 respectively');
  if (offset < 0) throw sdrsError('SDRS.0222', 'offset value cannot be negative, and must be an integer');

  let nameMatch: { value: string } | null = null;
  if (body.matches !== undefined) {
    if (!Array.isArray(body.matches) || body.matches.length === 0)
      throw sdrsError('SDRS.2212', 'Empty matches parameter');
    for (const m of body.matches) {
      if (!isObject(m) || typeof m.key !== 'string' || m.key === '')
        throw sdrsError('SDRS.2213', 'Empty key in the matches parameter');
      if (m.key !== 'resource_name') throw sdrsError('SDRS.2214', 'Invalid key in the matches parameter');
      if (nameMatch) throw sdrsError('SDRS.2215', 'Duplicate keys in the matches parameter');
      if (typeof m.value !== 'string') throw sdrsError('SDRS.2216', 'Null value in the matches parameter');
      if ([...m.value].length > 255) throw sdrsError('SDRS.2217', 'Invalid value in the matches parameter');
      nameMatch = { value: m.value };
    }
  }
  const tags = parseTagFilters(body.tags);
  const tagsAny = parseTagFilters(body.tags_any);
  const notTags = parseTagFilters(body.not_tags);
  const notTagsAny = parseTagFilters(body.not_tags_any);

  const matches = sim.state
    .where('instance', (pi) => pi.project_id === projectId)
    .filter((pi) => {
      if (nameMatch) {
        // Fuzzy and case-insensitive; an empty value means an exact (empty) name.
        const v = nameMatch.value.toLowerCase();
        if (v === '' ? pi.name !== '' : !pi.name.toLowerCase().includes(v)) return false;
      }
      if (tags && !tags.every((f) => tagMatches(pi, f))) return false;
      if (tagsAny && !tagsAny.some((f) => tagMatches(pi, f))) return false;
      if (notTags && notTags.every((f) => tagMatches(pi, f))) return false;
      if (notTagsAny && notTagsAny.some((f) => tagMatches(pi, f))) return false;
      return true;
    })
    .sort(byNewest);
  if (action === 'count') return { total_count: matches.length };
  return {
    resources: matches.slice(offset, offset + limit).map((pi) => ({
      resource_id: pi.id,
      resource_name: pi.name,
      resource_detail: instanceView(sim.state, pi),
      tags: pi.tags.map((t) => ({ ...t })),
    })),
    total_count: matches.length,
  };
}
