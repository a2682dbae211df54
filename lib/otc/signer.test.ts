import { describe, expect, it } from 'vitest';
import { sdkDate, signRequest } from './signer';

const sig = (header: string) => /Signature=([0-9a-f]+)$/.exec(header)?.[1];

describe('AK/SK signing (published test vectors)', () => {
  it('signs the documented VPC list request', () => {
    const url = new URL(
      'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
    );
    const header = signRequest(
      {
        method: 'GET',
        url,
        headers: {
          'content-type': 'application/json',
          host: 'service.region.example.com',
          'x-sdk-date': '20191115T033655Z',
        },
        body: '',
      },
      'QTWAOYTTINDUT2QVKYUC',
      'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
    );
    expect(header).toMatch(
      /^SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=/,
    );
    expect(sig(header)).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
  });

  it('signs the SDK GET and POST vectors', () => {
    const headers = { 'x-sdk-date': '20060102T150405Z' };
    expect(
      sig(
        signRequest(
          { method: 'GET', url: new URL('https://example.huaweicloud.com/path?limit=1'), headers, body: '' },
          'AccessKey',
          'SecretKey',
        ),
      ),
    ).toBe('5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624');
    expect(
      sig(
        signRequest(
          {
            method: 'POST',
            url: new URL('https://example.huaweicloud.com/path?key=value'),
            headers,
            body: '{"Name":"test","Id":1}\n',
          },
          'AccessKey',
          'SecretKey',
        ),
      ),
    ).toBe('cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59');
  });

  it('formats X-Sdk-Date', () => {
    expect(sdkDate(new Date(Date.UTC(2019, 10, 15, 3, 36, 55, 123)))).toBe('20191115T033655Z');
  });
});
