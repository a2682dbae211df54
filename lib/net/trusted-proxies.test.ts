import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  isTrustedPeer,
  parseTrustedProxies,
  publicScheme,
  type TrustedProxies,
} from './trusted-proxies';

const parse = (value: string): TrustedProxies => {
  const parsed = parseTrustedProxies(value);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};

describe('trusted proxies', () => {
  it('believes no header by default: the peer is the client', () => {
    const none = parse('');
    expect(clientAddress('198.51.100.1', '203.0.113.9', none)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:127.0.0.1', null, none)).toBe('127.0.0.1');
    expect(isTrustedPeer('127.0.0.1', none)).toBe(false);
  });

  it('with a hop count, takes the entry just before the trusted hops', () => {
    expect(clientAddress('10.0.0.1', 'spoofed, 203.0.113.9', parse('1'))).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', 'spoofed, 203.0.113.9, 10.0.0.2', parse('2'))).toBe('203.0.113.9');
    // Fewer entries than hops: the left-most one is all there is.
    expect(clientAddress('10.0.0.1', '', parse('3'))).toBe('10.0.0.1');
  });

  it('with CIDR ranges, takes the right-most hop outside them', () => {
    const ranges = parse('10.0.0.0/8, 192.168.1.5, fd00::/8');
    expect(clientAddress('10.1.2.3', '203.0.113.9, 192.168.1.5', ranges)).toBe('203.0.113.9');
    expect(clientAddress('10.1.2.3', 'spoofed, 203.0.113.9', ranges)).toBe('203.0.113.9');
    expect(clientAddress('fd00::1', '2001:db8::7', ranges)).toBe('2001:db8::7');
    expect(isTrustedPeer('10.9.9.9', ranges)).toBe(true);
    expect(isTrustedPeer('11.0.0.1', ranges)).toBe(false);
    expect(isTrustedPeer('::ffff:10.0.0.1', ranges)).toBe(true);
  });

  it('refuses a setting it cannot read', () => {
    for (const bad of ['abc', '10.0.0.0/33', '1.2.3', '11'])
      expect(parseTrustedProxies(bad), bad).toHaveProperty('error');
  });

  it('takes the scheme from the public URL, else from a trusted proxy, else from the connection', () => {
    expect(publicScheme('https://dr.example.com', 'http', null, false)).toBe('https');
    expect(publicScheme(undefined, 'http', 'https', true)).toBe('https');
    expect(publicScheme(undefined, 'http', 'https', false)).toBe('http');
    expect(publicScheme(undefined, 'https', null, false)).toBe('https');
  });
});
