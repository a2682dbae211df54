import { createHash, createHmac } from 'node:crypto';

/**
 * AK/SK request signing, "SDK-HMAC-SHA256" (the API gateway scheme): canonical request →
 * string to sign → HMAC-SHA256 keyed with the raw SK.
 */
const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const encode = (v: string): string =>
  encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalUri(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => encode(decodeURIComponent(segment)))
    .join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

function canonicalQuery(params: URLSearchParams): string {
  const pairs = [...params.entries()].map(([k, v]) => [encode(k), encode(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** `20191115T033655Z` */
export const sdkDate = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface SigningInput {
  method: string;
  url: URL;
  /** Header names in lower case; must include host and x-sdk-date. */
  headers: Record<string, string>;
  body: string;
}

export function signRequest(input: SigningInput, accessKey: string, secretKey: string): string {
  const signed = Object.keys(input.headers)
    .map((h) => h.toLowerCase())
    .sort();
  const canonical = [
    input.method.toUpperCase(),
    canonicalUri(input.url.pathname),
    canonicalQuery(input.url.searchParams),
    signed.map((h) => `${h}:${(input.headers[h] ?? '').trim()}\n`).join(''),
    signed.join(';'),
    sha256Hex(input.body),
  ].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${input.headers['x-sdk-date'] ?? ''}\n${sha256Hex(canonical)}`;
  const signature = createHmac('sha256', secretKey).update(toSign).digest('hex');
  return `SDK-HMAC-SHA256 Access=${accessKey}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
}
