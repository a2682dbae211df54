import { describe, expect, it } from 'vitest';
import type { CloudServer, Volume } from '../otc/schemas';
import { volume } from '../testing/volume';
import { groupProblem, pairDiskProblem, serverProblem, type PairedVolumes } from './preflight';

const group = {
  priority_station: 'source' as const,
  source_availability_zone: 'eu-de-01',
  target_availability_zone: 'eu-de-02',
  source_vpc_id: 'vpc-1',
};
const vol = volume;
const server = (over: Partial<CloudServer> = {}, disks = ['sys']): CloudServer =>
  ({
    id: 'srv',
    name: 'srv',
    status: 'ACTIVE',
    'OS-EXT-AZ:availability_zone': 'eu-de-01',
    flavor: { id: 's3.large.2', vcpus: 2, ram: 4096 },
    metadata: { vpc_id: 'vpc-1' },
    'os-extended-volumes:volumes_attached': disks.map((id) => ({ id })),
    ...over,
  }) as CloudServer;
const none: PairedVolumes = { sdrs: [], evs: [] };
const ctx = (volumes: Volume[], paired = none, protectedBy = new Map<string, string>()) => ({
  group,
  protectedBy,
  volumes: new Map(volumes.map((v) => [v.id, v])),
  paired,
});

describe('pre-flight rules', () => {
  it('accepts a running or stopped server of the production AZ and VPC', () => {
    expect(serverProblem(server(), ctx([vol('sys', { bootable: true })]))).toBeNull();
    expect(serverProblem(server({ status: 'SHUTOFF' }), ctx([vol('sys', { bootable: true })]))).toBeNull();
  });

  it('gives the reason a server cannot be protected', () => {
    const disks = [
      vol('sys', { bootable: true }),
      vol('shared', { multiattach: true }),
      vol('enc', { metadata: { __system__encrypted: '1' } }),
    ];
    expect(serverProblem(server({ 'OS-EXT-AZ:availability_zone': 'eu-de-02' }), ctx(disks))).toMatch(
      /production AZ is eu-de-01/,
    );
    expect(serverProblem(server({ metadata: { vpc_id: 'vpc-2' } }), ctx(disks))).toMatch(/another VPC/);
    expect(serverProblem(server(), ctx(disks, none, new Map([['srv', 'pi-1']])))).toBe('Already protected by pi-1.');
    expect(serverProblem(server({ status: 'ERROR' }), ctx(disks))).toMatch(/Status ERROR/);
    expect(serverProblem(server({}, ['sys', 'shared']), ctx(disks))).toMatch(/shared disk/);
    expect(serverProblem(server({}, ['sys', 'enc']), ctx(disks))).toMatch(/encrypted/);
    expect(serverProblem(server({}, ['shared0']), ctx([vol('shared0')]))).toMatch(/No system disk/);
    expect(
      serverProblem(server(), ctx(disks, { sdrs: [{ volume_ids: ['sys', 'x'], name: 'rp-9' }], evs: [] })),
    ).toMatch(/rp-9/);
  });

  it('never offers a DR server or a drill server as a production server', () => {
    const disks = [vol('sys', { bootable: true })];
    const base = ctx(disks);
    expect(serverProblem(server(), { ...base, drServerOf: new Map([['srv', 'web-01']]) })).toBe(
      'The DR server of web-01: DR servers cannot be protected.',
    );
    expect(serverProblem(server(), { ...base, drillServerOf: new Map([['srv', 'drill-1']]) })).toBe(
      'A drill server of the DR drill drill-1: drill servers cannot be protected.',
    );
    expect(serverProblem(server(), { ...base, drServerOf: new Map([['other', 'web-01']]) })).toBeNull();
  });

  it('follows the production AZ after a switchover', () => {
    const switched = { ...group, priority_station: 'target' as const };
    expect(serverProblem(server(), { ...ctx([vol('sys', { bootable: true })]), group: switched })).toMatch(
      /production AZ is eu-de-02/,
    );
  });

  it('checks the group and SDRS pair disks', () => {
    expect(groupProblem({ status: 'protected' })).toBeNull();
    expect(groupProblem({ status: 'starting' })).toMatch(/Available or Protected/);
    const spare = vol('spare', { status: 'available' });
    expect(pairDiskProblem(spare, group, none)).toBeNull();
    expect(pairDiskProblem(vol('used'), group, none)).toMatch(/only available, unattached/);
    expect(pairDiskProblem(vol('far', { status: 'available', availability_zone: 'eu-de-02' }), group, none)).toMatch(
      /production AZ/,
    );
    expect(
      pairDiskProblem(vol('enc', { status: 'available', metadata: { __system__encrypted: '1' } }), group, none),
    ).toMatch(/Encrypted/);
    expect(pairDiskProblem(spare, group, { sdrs: [], evs: [{ volume_ids: ['spare', 'b'], name: 'legacy' }] })).toMatch(
      /legacy/,
    );
  });
});
