import { isIP } from 'node:net';

/**
 * Which hops in front of the console may be believed when they report the client's address and
 * scheme: none (the default), the last N hops, or hops whose address is in one of the CIDR ranges.
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; count: number } | { kind: 'cidrs'; ranges: Cidr[] };

interface Cidr {
  family: 4 | 6;
  bits: bigint;
  prefix: number;
}

/** `::ffff:10.0.0.1` (an IPv4 client of a dual-stack socket) is the IPv4 address it wraps. */
export const normalizeAddress = (address: string): string => {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
};

function toBits(address: string): { family: 4 | 6; bits: bigint } | null {
  const a = normalizeAddress(address);
  const family = isIP(a);
  if (family === 4) {
    return { family: 4, bits: a.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n) };
  }
  if (family === 6) {
    const [head = '', tail = ''] = a.split('::');
    const groups = (s: string) => (s === '' ? [] : s.split(':'));
    const left = groups(head);
    const right = groups(tail);
    const all = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
    if (all.length !== 8) return null;
    return { family: 6, bits: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
  }
  return null;
}

function parseCidr(text: string): Cidr | null {
  const [address = '', prefixText] = text.trim().split('/');
  const parsed = toBits(address);
  if (!parsed) return null;
  const width = parsed.family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > width) return null;
  return { ...parsed, prefix };
}

/**
 * Reads `TRUSTED_PROXIES`: empty for none, a whole number of hops, or a comma-separated list of
 * addresses and CIDR ranges. Returns an error message for anything else.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | { error: string } {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    return count <= 10 ? { kind: 'hops', count } : { error: 'a hop count is at most 10' };
  }
  const ranges: Cidr[] = [];
  for (const part of text.split(',')) {
    const cidr = parseCidr(part);
    if (!cidr) return { error: `"${part.trim()}" is neither a hop count nor an address or CIDR range` };
    ranges.push(cidr);
  }
  return { kind: 'cidrs', ranges };
}

function inRange(address: string, range: Cidr): boolean {
  const parsed = toBits(address);
  if (!parsed || parsed.family !== range.family) return false;
  const width = range.family === 4 ? 32 : 128;
  const shift = BigInt(width - range.prefix);
  return parsed.bits >> shift === range.bits >> shift;
}

/** Whether the peer that connected to the console is a proxy whose forwarding headers count. */
export function isTrustedPeer(peer: string, trusted: TrustedProxies): boolean {
  if (trusted.kind === 'none') return false;
  if (trusted.kind === 'hops') return trusted.count > 0;
  return trusted.ranges.some((r) => inRange(peer, r));
}

/**
 * The client's address. The chain is what `X-Forwarded-For` lists, then the peer that connected:
 * the right-most entry not vouched for by a trusted hop is the client. Without trusted proxies
 * that is always the peer, whatever the headers say.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trusted: TrustedProxies): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map(normalizeAddress)
      .filter((a) => a !== ''),
    normalizeAddress(peer),
  ];
  if (trusted.kind === 'none') return normalizeAddress(peer);
  if (trusted.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trusted.count)] ?? normalizeAddress(peer);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i] ?? '';
    if (!trusted.ranges.some((r) => inRange(hop, r))) return hop;
  }
  return chain[0] ?? normalizeAddress(peer);
}

/**
 * The scheme the user reached the console by: the public URL's when one is configured, else the
 * forwarded scheme from a trusted proxy, else the connection's own.
 */
export function publicScheme(
  publicUrl: string | undefined,
  connectionScheme: 'http' | 'https',
  forwardedProto: string | null,
  peerTrusted: boolean,
): 'http' | 'https' {
  if (publicUrl) return publicUrl.startsWith('https:') ? 'https' : 'http';
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  if (peerTrusted && (forwarded === 'https' || forwarded === 'http')) return forwarded;
  return connectionScheme;
}
