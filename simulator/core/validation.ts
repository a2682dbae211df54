import { sdrsError } from './errors';

/** Byte length in UTF-8: the cloud counts names and descriptions in bytes, not characters. */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const NAME_CHARS = /^[A-Za-z0-9._-]+$/;
const TAG_CHARS = /^[A-Za-z0-9_-]+$/;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** SDRS name rule (reference §2.2): 1-64 bytes from [A-Za-z0-9._-]. */
export function checkSdrsName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || utf8Bytes(value) > 64 || !NAME_CHARS.test(value)) {
    throw sdrsError('SDRS.0202', 'Invalid name', 400, 'badrequest');
  }
  return value;
}

/** SDRS description rule: optional, at most 64 bytes, no `<` or `>`. */
export function checkSdrsDescription(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || utf8Bytes(value) > 64 || /[<>]/.test(value)) {
    throw sdrsError('SDRS.0212', 'Invalid description', 400, 'badrequest');
  }
  return value;
}

export interface Tag {
  key: string;
  value: string;
}

/**
 * Tag rules (UMN): key 1-36 and value 0-43 characters from [A-Za-z0-9_-]; no duplicate keys.
 * `max` is 10 on protected-instance creation and 20 through the tag APIs.
 */
export function checkTags(value: unknown, max: number, valueRequired = true): Tag[] {
  if (!Array.isArray(value)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
  if (value.length > max) throw sdrsError('SDRS.2203', 'Number of tags exceeds the upper limit');
  const seen = new Set<string>();
  return value.map((raw) => {
    if (!isObject(raw)) throw sdrsError('SDRS.0201', 'Invalid request parameters');
    const key = raw.key;
    if (typeof key !== 'string' || key.trim() === '')
      throw sdrsError('SDRS.2205', 'Tag key is blank or an empty string');
    if (key.length > 36 || !TAG_CHARS.test(key)) throw sdrsError('SDRS.2204', 'Invalid tag key');
    if (seen.has(key)) throw sdrsError('SDRS.2209', 'Tag parameter contains duplicate keys');
    seen.add(key);
    const v = raw.value;
    if (v === undefined || v === null) {
      if (valueRequired) throw sdrsError('SDRS.2208', 'Null tag value');
      return { key, value: '' };
    }
    if (typeof v !== 'string' || v.length > 43 || (v !== '' && !TAG_CHARS.test(v))) {
      throw sdrsError('SDRS.2207', 'Invalid tag value');
    }
    return { key, value: v };
  });
}

export function requireString(value: unknown, code = 'SDRS.0201', message = 'Invalid request parameters'): string {
  if (typeof value !== 'string' || value.trim() === '') throw sdrsError(code, message);
  return value;
}

export function optionalBoolean(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw sdrsError('SDRS.0201', 'Invalid request parameters');
  return value;
}

export function unwrap(body: unknown, key: string): Record<string, unknown> {
  if (!isObject(body) || !isObject(body[key])) throw sdrsError('SDRS.0201', 'Invalid request parameters');
  return body[key];
}

/** IPv4 helpers for subnet checks. */
export function ipv4ToInt(ip: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

export function ipInCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const ipNum = ipv4ToInt(ip);
  const baseNum = ipv4ToInt(base ?? '');
  const bits = Number(bitsText);
  if (ipNum === null || baseNum === null || !Number.isInteger(bits)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(ipNum / size) === Math.floor(baseNum / size);
}
