import { describe, expect, it } from 'vitest';
import { CloudError } from './errors';
import { checkSdrsDescription, checkSdrsName, checkTags, ipInCidr, utf8Bytes } from './validation';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof CloudError ? e.code : 'not a cloud error';
  }
};

describe('byte-counted rules', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('ä')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('accepts SDRS names of 1 to 64 bytes from the allowed characters', () => {
    expect(checkSdrsName('a'.repeat(64))).toHaveLength(64);
    expect(codeOf(() => checkSdrsName('a'.repeat(65)))).toBe('SDRS.0202');
    expect(codeOf(() => checkSdrsName(''))).toBe('SDRS.0202');
    expect(codeOf(() => checkSdrsName('naïve'))).toBe('SDRS.0202');
    expect(codeOf(() => checkSdrsName('a/b'))).toBe('SDRS.0202');
    expect(codeOf(() => checkSdrsName(null))).toBe('SDRS.0202');
  });

  it('accepts descriptions up to 64 bytes without angle brackets', () => {
    expect(checkSdrsDescription(undefined)).toBeNull();
    expect(checkSdrsDescription('ü'.repeat(32))).toHaveLength(32); // 64 bytes
    expect(codeOf(() => checkSdrsDescription(`${'ü'.repeat(32)}x`))).toBe('SDRS.0212');
    expect(codeOf(() => checkSdrsDescription('a>b'))).toBe('SDRS.0212');
    expect(codeOf(() => checkSdrsDescription(5))).toBe('SDRS.0212');
  });
});

describe('tags', () => {
  const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: '' }));

  it('allows up to the given number of tags', () => {
    expect(checkTags(tags(10), 10)).toHaveLength(10);
    expect(codeOf(() => checkTags(tags(11), 10))).toBe('SDRS.2203');
    expect(checkTags(tags(20), 20)).toHaveLength(20);
  });

  it('checks key length 1-36, value length 0-43 and the character set', () => {
    expect(checkTags([{ key: 'k'.repeat(36), value: 'v'.repeat(43) }], 10)).toHaveLength(1);
    expect(codeOf(() => checkTags([{ key: 'k'.repeat(37), value: '' }], 10))).toBe('SDRS.2204');
    expect(codeOf(() => checkTags([{ key: 'k', value: 'v'.repeat(44) }], 10))).toBe('SDRS.2207');
    expect(codeOf(() => checkTags([{ key: 'k.dot', value: '' }], 10))).toBe('SDRS.2204');
    expect(codeOf(() => checkTags([{ key: 'k', value: 'a b' }], 10))).toBe('SDRS.2207');
    expect(
      codeOf(() =>
        checkTags(
          [
            { key: 'k', value: 'a' },
            { key: 'k', value: 'b' },
          ],
          10,
        ),
      ),
    ).toBe('SDRS.2209');
  });
});

describe('IPv4 in CIDR', () => {
  it('matches addresses inside the block only', () => {
    expect(ipInCidr('192.168.1.200', '192.168.1.0/24')).toBe(true);
    expect(ipInCidr('192.168.2.1', '192.168.1.0/24')).toBe(false);
    expect(ipInCidr('10.10.255.1', '10.10.0.0/16')).toBe(true);
    expect(ipInCidr('256.1.1.1', '0.0.0.0/0')).toBe(false);
    expect(ipInCidr('1.2.3', '1.2.3.0/24')).toBe(false);
  });
});
