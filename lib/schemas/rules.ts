import { z } from 'zod';
import { DESCRIPTION_MAX_BYTES, MAX_TAGS_ON_CREATE, NAME_MAX_BYTES, utf8Bytes } from './limits';

const NAME_CHARS = /^[A-Za-z0-9._-]*$/;
const TAG_CHARS = /^[A-Za-z0-9_-]*$/;

/** SDRS name rule: 1-64 bytes of letters, digits, `.`, `_` and `-`. */
export const sdrsName = z
  .string()
  .min(1, 'Enter a name.')
  .regex(NAME_CHARS, 'Use only letters (A-Z, a-z), digits, dot (.), underscore (_) and hyphen (-).')
  .refine((s) => utf8Bytes(s) <= NAME_MAX_BYTES, { message: `A name has at most ${NAME_MAX_BYTES} bytes.` });

/** SDRS description rule: optional, at most 64 bytes, no `<` or `>`. */
export const sdrsDescription = z
  .string()
  .refine((s) => !/[<>]/.test(s), { message: 'A description cannot contain < or >.' })
  .refine((s) => utf8Bytes(s) <= DESCRIPTION_MAX_BYTES, {
    message: `A description has at most ${DESCRIPTION_MAX_BYTES} bytes (accented letters take 2, many symbols 3).`,
  });

export const tagSchema = z.object({
  key: z
    .string()
    .min(1, 'Enter a key.')
    .max(36, 'A key has at most 36 characters.')
    .regex(TAG_CHARS, 'Keys use only letters, digits, _ and -.'),
  value: z
    .string()
    .max(43, 'A value has at most 43 characters.')
    .regex(TAG_CHARS, 'Values use only letters, digits, _ and -.'),
});

/** A key may appear once in a tag list (the cloud answers SDRS.2209 otherwise). */
export const uniqueTagKeys = (tags: { key: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  tags.forEach((t, i) => {
    if (seen.has(t.key))
      ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `The key "${t.key}" is already used.` });
    seen.add(t.key);
  });
};

export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS_ON_CREATE, `At most ${MAX_TAGS_ON_CREATE} tags can be added on creation.`)
  .superRefine(uniqueTagKeys);

export const idempotencyKey = z.uuid('The form is out of date; reload the page.');
