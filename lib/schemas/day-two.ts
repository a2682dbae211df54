import { z } from 'zod';
import { idempotencyKey, sdrsName, tagSchema, uniqueTagKeys } from './rules';

/**
 * Inputs of the day-two writes on protected instances and replication pairs, shared by their
 * dialogs and their server actions. Whether the resource may be changed now is the pre-flight
 * rules' (lib/dr/instance-rules.ts); these check only what was typed.
 */
const id = z.string().trim().min(1, 'Missing id.').max(64, 'Not an id.');

/** Any rename: groups, instances and pairs share the SDRS name rule. */
export const renameSchema = z.object({ targetId: id, name: sdrsName, idempotencyKey });
export type RenameInput = z.infer<typeof renameSchema>;

export const attachSchema = z.object({
  instanceId: id,
  pairId: z.string().trim().min(1, 'Choose the replication pair.').max(64),
  device: z.string().regex(/^\/dev\/(x?v|s)d[a-z]$/, 'Choose a free device name.'),
  idempotencyKey,
});
export type AttachInput = z.infer<typeof attachSchema>;

export const detachSchema = z.object({ instanceId: id, pairId: id, idempotencyKey });
export type DetachInput = z.infer<typeof detachSchema>;

export const resizeSchema = z.object({
  instanceId: id,
  target: z.enum(['production', 'dr', 'both'], 'Choose which servers change.'),
  flavorId: z.string().trim().min(1, 'Choose the new flavor.').max(64),
  idempotencyKey,
});
export type ResizeInput = z.infer<typeof resizeSchema>;

export const addNicSchema = z.object({
  instanceId: id,
  subnetId: z.string().trim().min(1, 'Choose the subnet.').max(64),
  securityGroupIds: z.array(z.string().max(64)).max(10, 'At most 10 security groups.'),
  ip: z.string().trim().max(15, 'Enter an IPv4 address such as 192.168.1.20.'),
  idempotencyKey,
});
export type AddNicInput = z.infer<typeof addNicSchema>;

export const deleteNicSchema = z.object({ instanceId: id, portId: id, idempotencyKey });
export type DeleteNicInput = z.infer<typeof deleteNicSchema>;

/**
 * The instance's whole tag list as it should be. The count is the pre-flight rules' (with its
 * SDRS code), so an 11th tag is refused with the reason rather than by the schema.
 */
export const editTagsSchema = z.object({
  instanceId: id,
  tags: z.array(tagSchema).max(20, 'Too many tags.').superRefine(uniqueTagKeys),
  idempotencyKey,
});
export type EditTagsInput = z.infer<typeof editTagsSchema>;

export const expandSchema = z.object({
  pairId: id,
  newSize: z.coerce
    .number('Enter the new size in GB.')
    .int('Whole GB only.')
    .min(1, 'Enter the new size in GB.')
    .max(32768, 'A disk has at most 32768 GB.'),
  idempotencyKey,
});
export type ExpandInput = z.infer<typeof expandSchema>;

export const batchDeleteSchema = z.object({
  instanceIds: z.array(id).min(1, 'Select at least one instance.').max(20, 'At most 20 instances at a time.'),
  deleteDrServer: z.boolean(),
  releaseEip: z.boolean(),
  idempotencyKey,
});
export type BatchDeleteInput = z.infer<typeof batchDeleteSchema>;

/** Tag search on the instance list: `key=value` or `key` (any value), separated by commas. */
export function parseTagQuery(raw: string | undefined): { key: string; value: string }[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((part) => {
      const [key = '', ...rest] = part.split('=');
      return { key: key.trim().slice(0, 36), value: rest.join('=').trim().slice(0, 43) };
    })
    .filter((t) => /^[A-Za-z0-9_-]+$/.test(t.key) && /^[A-Za-z0-9_-]*$/.test(t.value));
}
