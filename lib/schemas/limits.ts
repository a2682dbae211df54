// The cloud's limits, without zod: the form fields show them and count against them on every
// keystroke, so they belong in the page's first JavaScript; the schemas load later.

/** Names and descriptions are limited in UTF-8 bytes by the cloud, not in characters. */
export const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

export const NAME_MAX_BYTES = 64;
export const DESCRIPTION_MAX_BYTES = 64;
export const MAX_TAGS_ON_CREATE = 10;
