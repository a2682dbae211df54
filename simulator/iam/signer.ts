import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * SDK-HMAC-SHA256 request signing (reference §4.2), the API-gateway AK/SK scheme. The simulator
 * verifies; the same functions sign in tests, checked against the published vectors.
 */
export const ALGORITHM = 'SDK-HMAC-SHA256';

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** RFC 3986 encoding with uppercase hex: unreserved A-Za-z0-9-_.~ kept. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((seg) => encodeRfc3986(decodeURIComponent(seg)))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}

export function canonicalQuery(search: URLSearchParams): string {
  return [...search.entries()]
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : av > bv ? 1 : 0) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

export interface SignableRequest {
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string | Buffer;
}

export function canonicalRequest(req: SignableRequest, signedHeaders: string[]): string {
  const headerLines = signedHeaders.map((h) => `${h}:${(req.headers[h] ?? '').trim()}\n`).join('');
  const payloadHash = req.headers['x-sdk-content-sha256'] ?? sha256Hex(req.body);
  return [
    req.method.toUpperCase(),
    canonicalUri(req.url.pathname),
    canonicalQuery(req.url.searchParams),
    headerLines,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

export function signature(req: SignableRequest, signedHeaders: string[], secretKey: string): string {
  const sdkDate = req.headers['x-sdk-date'] ?? '';
  return createHmac('sha256', secretKey)
    .update(stringToSign(canonicalRequest(req, signedHeaders), sdkDate))
    .digest('hex');
}

export function authorizationHeader(req: SignableRequest, signedHeaders: string[], ak: string, sk: string): string {
  return `${ALGORITHM} Access=${ak}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature(req, signedHeaders, sk)}`;
}

export interface ParsedAuthorization {
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

export function parseAuthorization(header: string): ParsedAuthorization | null {
  const m = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$/.exec(
    header,
  );
  if (!m) return null;
  const [, accessKey = '', headers = '', sig = ''] = m;
  return { accessKey, signedHeaders: headers.toLowerCase().split(';'), signature: sig.toLowerCase() };
}

export function signaturesMatch(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(actual, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
