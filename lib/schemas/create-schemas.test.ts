import { describe, expect, it } from 'vitest';
import { evsReplicationPairSchema } from './evs-replication-pair';
import { protectedInstanceSchema } from './protected-instance';
import { replicationPairSchema } from './replication-pair';
import { utf8Bytes } from './limits';

const key = '0b1f5a52-7a4c-4c1e-9d3a-0c8f2f7c7a11';
const subnets = [{ id: 'net-app', name: 'subnet-app', cidr: '192.168.1.0/24', gateway_ip: '192.168.1.1' }];
const valid = {
  serverGroupId: 'g',
  serverId: 's',
  name: 'web-01',
  description: '',
  subnetId: '',
  ipAddress: '',
  flavorRef: '',
  tags: [] as { key: string; value: string }[],
  idempotencyKey: key,
};

const issues = (input: Record<string, unknown>) => {
  const r = protectedInstanceSchema(subnets).safeParse({ ...valid, ...input });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('protected instance schema', () => {
  it('accepts a minimal valid instance', () => {
    expect(issues({})).toEqual({});
  });

  it('counts the name in bytes: 64 pass, 65 fail', () => {
    expect(issues({ name: 'a'.repeat(64) })).toEqual({});
    expect(issues({ name: 'a'.repeat(65) }).name).toBe('A name has at most 64 bytes.');
    expect(issues({ name: '' }).name).toBe('Enter a name.');
  });

  it('counts multibyte characters in bytes and refuses them in names', () => {
    expect(utf8Bytes('ü'.repeat(32))).toBe(64);
    expect(issues({ description: 'ü'.repeat(32) })).toEqual({});
    expect(issues({ description: `${'ü'.repeat(32)}x` }).description).toMatch(/at most 64 bytes/);
    expect(issues({ description: '€'.repeat(22) }).description).toMatch(/at most 64 bytes/);
    expect(issues({ name: 'ü' }).name).toMatch(/Use only letters/);
  });

  it('refuses < and > in a description', () => {
    expect(issues({ description: 'a<b' }).description).toBe('A description cannot contain < or >.');
    expect(issues({ description: 'a>b' }).description).toBe('A description cannot contain < or >.');
  });

  it('allows 10 tags, not 11', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(issues({ tags: tags(10) })).toEqual({});
    expect(issues({ tags: tags(11) }).tags).toMatch(/At most 10 tags/);
  });

  it('allows tag keys of 36 characters, not 37, and values of 43, not 44', () => {
    expect(issues({ tags: [{ key: 'k'.repeat(36), value: 'v'.repeat(43) }] })).toEqual({});
    expect(issues({ tags: [{ key: 'k'.repeat(37), value: '' }] })['tags.0.key']).toBe(
      'A key has at most 36 characters.',
    );
    expect(issues({ tags: [{ key: 'k', value: 'v'.repeat(44) }] })['tags.0.value']).toBe(
      'A value has at most 43 characters.',
    );
    expect(issues({ tags: [{ key: 'a.b', value: '' }] })['tags.0.key']).toMatch(/letters, digits/);
    expect(issues({ tags: [{ key: '', value: 'x' }] })['tags.0.key']).toBe('Enter a key.');
  });

  it('refuses duplicate tag keys at the second one', () => {
    expect(
      issues({
        tags: [
          { key: 'env', value: 'a' },
          { key: 'env', value: 'b' },
        ],
      })['tags.1.key'],
    ).toBe('The key "env" is already used.');
  });

  it('checks the DR IP against the chosen subnet', () => {
    expect(issues({ subnetId: 'net-app', ipAddress: '192.168.1.20' })).toEqual({});
    expect(issues({ subnetId: 'net-app', ipAddress: '192.168.2.20' }).ipAddress).toBe(
      'The address must be inside the subnet 192.168.1.0/24.',
    );
    expect(issues({ subnetId: 'net-app', ipAddress: '192.168.1.1' }).ipAddress).toBe(
      "192.168.1.1 is the subnet's gateway.",
    );
    expect(issues({ subnetId: 'net-app', ipAddress: '192.168.1.0' }).ipAddress).toMatch(/network address/);
    expect(issues({ subnetId: 'net-app', ipAddress: '192.168.1.256' }).ipAddress).toMatch(/IPv4/);
    expect(issues({ ipAddress: '192.168.1.20' }).ipAddress).toMatch(/Choose a DR subnet first/);
    expect(issues({ subnetId: 'other-net' }).subnetId).toMatch(/VPC/);
  });

  it('reports the IP problem together with other problems', () => {
    const found = issues({ name: '', subnetId: 'net-app', ipAddress: '10.0.0.1' });
    expect(Object.keys(found).sort()).toEqual(['ipAddress', 'name']);
  });

  it('needs an idempotency key', () => {
    expect(issues({ idempotencyKey: 'nope' }).idempotencyKey).toMatch(/reload/);
  });
});

describe('replication pair schemas', () => {
  it('applies the name and description rules to SDRS pairs', () => {
    const base = { serverGroupId: 'g', volumeId: 'v', name: 'rp', description: '', idempotencyKey: key };
    expect(replicationPairSchema.safeParse(base).success).toBe(true);
    expect(replicationPairSchema.safeParse({ ...base, name: 'x'.repeat(65) }).success).toBe(false);
    expect(replicationPairSchema.safeParse({ ...base, volumeId: '' }).success).toBe(false);
  });

  it('keeps the console name rule for EVS pairs and needs two different disks', () => {
    const base = { name: 'evs', description: '', productionVolumeId: 'a', drVolumeId: 'b', idempotencyKey: key };
    expect(evsReplicationPairSchema.safeParse(base).success).toBe(true);
    expect(evsReplicationPairSchema.safeParse({ ...base, name: 'n'.repeat(65) }).success).toBe(false);
    const same = evsReplicationPairSchema.safeParse({ ...base, drVolumeId: 'a' });
    expect(same.error?.issues[0]).toMatchObject({ path: ['drVolumeId'], message: 'The DR disk must be another disk.' });
  });
});
