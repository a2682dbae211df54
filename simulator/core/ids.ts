import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newUuid = (): string => randomUUID();

/** SDRS job ids are 32 opaque hex characters (reference §1.4). */
export const newJobId = (): string => randomBytes(16).toString('hex');

/**
 * A stable UUID-shaped id derived from a label, so the seeded tenant has the same ids on every
 * fresh start (tests and bookmarks keep working after `--reset`).
 */
export function stableUuid(label: string): string {
  const h = createHash('sha1').update(`sdrs-sim:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const stableHex = (label: string): string =>
  createHash('sha1').update(`sdrs-sim:${label}`).digest('hex').slice(0, 32);

export function macFor(label: string): string {
  const h = createHash('sha1').update(`mac:${label}`).digest('hex');
  return `fa:16:3e:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}
