import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalRequest, parseAuthorization, signature } from './signer';

const req = (method: string, url: string, headers: Record<string, string>, body = '') => ({
  method,
  url: new URL(url),
  headers,
  body,
});

describe('SDK-HMAC-SHA256 signer (reference §4.2 test vectors)', () => {
  it('matches the documented VPC list example', () => {
    const r = req(
      'GET',
      'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
      { 'content-type': 'application/json', host: 'service.region.example.com', 'x-sdk-date': '20191115T033655Z' },
    );
    const signed = ['content-type', 'host', 'x-sdk-date'];
    expect(createHash('sha256').update(canonicalRequest(r, signed)).digest('hex')).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    );
    expect(signature(r, signed, 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc')).toBe(
      '7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });

  it('matches the SDK GET vector', () => {
    const r = req('GET', 'https://example.huaweicloud.com/path?limit=1', { 'x-sdk-date': '20060102T150405Z' });
    expect(signature(r, ['x-sdk-date'], 'SecretKey')).toBe(
      '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    );
  });

  it('matches the SDK POST vector with a body ending in a newline', () => {
    const r = req(
      'POST',
      'https://example.huaweicloud.com/path?key=value',
      { 'x-sdk-date': '20060102T150405Z' },
      '{"Name":"test","Id":1}\n',
    );
    expect(signature(r, ['x-sdk-date'], 'SecretKey')).toBe(
      'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
    );
  });

  it('parses the Authorization header and rejects other schemes', () => {
    expect(parseAuthorization('SDK-HMAC-SHA256 Access=AK1, SignedHeaders=host;x-sdk-date, Signature=ABCD')).toEqual({
      accessKey: 'AK1',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: 'abcd',
    });
    expect(parseAuthorization('Bearer abc')).toBeNull();
  });
});
