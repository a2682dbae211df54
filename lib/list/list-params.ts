import { z } from 'zod';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** List state lives in the URL, so every view can be bookmarked, shared and reloaded. */
const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(DEFAULT_PAGE_SIZE),
  status: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-zA-Z_-]*$/)
    .optional()
    .catch(undefined),
  name: z.string().trim().max(64).optional().catch(undefined),
  tags: z.string().trim().max(400).optional().catch(undefined),
  sort: z
    .string()
    .max(40)
    .regex(/^[a-z_]*$/)
    .optional()
    .catch(undefined),
  dir: z.enum(['asc', 'desc']).catch('asc'),
});

export type ListParams = z.infer<typeof listParamsSchema>;

export function parseListParams(raw: Record<string, string | string[] | undefined>): ListParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = listParamsSchema.parse({
    page: first(raw.page),
    size: first(raw.size),
    status: first(raw.status) || undefined,
    name: first(raw.name) || undefined,
    tags: first(raw.tags) || undefined,
    sort: first(raw.sort) || undefined,
    dir: first(raw.dir),
  });
  return parsed;
}

/** A query string for a list view with some parameters changed. */
export function listHref(path: string, params: Partial<ListParams>, changes: Partial<ListParams>): string {
  const merged = { ...params, ...changes };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (
      v === undefined ||
      v === '' ||
      (k === 'page' && v === 1) ||
      (k === 'size' && v === DEFAULT_PAGE_SIZE) ||
      (k === 'dir' && v === 'asc' && !merged.sort)
    )
      continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
