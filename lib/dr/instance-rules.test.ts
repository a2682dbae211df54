import { describe, expect, it } from 'vitest';
import {
  checkAddNic,
  checkAttach,
  checkDeleteNic,
  checkDetach,
  checkExpand,
  checkResize,
  checkTags,
  flavorProblem,
  freeDevices,
  MAX_NICS,
  type AddNicFacts,
  type AttachFacts,
  type FlavorChoice,
  type ResizeFacts,
} from './instance-rules';

const codeOf = (v: { ok: boolean; code?: string | null }) => (v.ok ? 'ok' : v.code);

describe('detaching a replication pair', () => {
  const base = { groupStatus: 'protected', instanceStatus: 'protected', pairStatus: 'protected' };
  it('refuses the system disk of a running server (SDRS.1316)', () => {
    expect(codeOf(checkDetach({ ...base, device: '/dev/vda', serverStatus: 'ACTIVE' }))).toBe('SDRS.1316');
    expect(codeOf(checkDetach({ ...base, device: '/dev/sda', serverStatus: 'ACTIVE' }))).toBe('SDRS.1316');
  });
  it('allows the system disk of a stopped server, and a data disk of a running one', () => {
    expect(codeOf(checkDetach({ ...base, device: '/dev/vda', serverStatus: 'SHUTOFF' }))).toBe('ok');
    expect(codeOf(checkDetach({ ...base, device: '/dev/vdb', serverStatus: 'ACTIVE' }))).toBe('ok');
  });
  it('allows a stranded pair out of error-attaching, and refuses while the group switches over', () => {
    expect(
      codeOf(checkDetach({ ...base, pairStatus: 'error-attaching', device: '/dev/vdb', serverStatus: 'ACTIVE' })),
    ).toBe('ok');
    expect(codeOf(checkDetach({ ...base, groupStatus: 'reversing', device: '/dev/vdb', serverStatus: 'ACTIVE' }))).toBe(
      'SDRS.1002',
    );
  });
});

describe('attaching a replication pair', () => {
  const base: AttachFacts = {
    groupStatus: 'available',
    instanceStatus: 'available',
    pair: { status: 'available', groupId: 'g1', attachedTo: null, shared: false },
    groupId: 'g1',
    device: '/dev/vdc',
    usedDevices: ['/dev/vda', '/dev/vdb'],
    serverStopped: false,
  };
  it('allows a free pair on a free device name', () => expect(codeOf(checkAttach(base))).toBe('ok'));
  it('refuses a device in use, also spelled the Xen way (SDRS.1603)', () => {
    expect(codeOf(checkAttach({ ...base, device: '/dev/vdb' }))).toBe('SDRS.1603');
    expect(codeOf(checkAttach({ ...base, device: '/dev/sdb' }))).toBe('SDRS.1603');
  });
  it('refuses a pair attached elsewhere unless it is shared', () => {
    const held = { ...base.pair, attachedTo: 'other' };
    expect(codeOf(checkAttach({ ...base, pair: held }))).toBe('SDRS.1603');
    expect(codeOf(checkAttach({ ...base, pair: { ...held, shared: true } }))).toBe('ok');
  });
  it('refuses the system disk slot while the server runs, and a pair of another group', () => {
    expect(codeOf(checkAttach({ ...base, device: '/dev/vda', usedDevices: [] }))).toBe('SDRS.1316');
    expect(codeOf(checkAttach({ ...base, pair: { ...base.pair, groupId: 'g2' } }))).toBe('SDRS.1611');
  });
  it('offers only free device names', () => {
    expect(freeDevices(['/dev/vda', '/dev/sdb']).slice(0, 2)).toEqual(['/dev/vdc', '/dev/vdd']);
  });
});

describe('resizing', () => {
  const base: ResizeFacts = {
    groupStatus: 'available',
    instanceStatus: 'available',
    target: 'both',
    flavorId: 's3.xlarge.2',
    production: { flavorId: 's3.large.2', status: 'SHUTOFF', name: 'web' },
    dr: { flavorId: 's3.large.2', status: 'SHUTOFF', name: 'web-dr' },
    flavorProblem: null,
  };
  it('allows a new flavor with both servers stopped, also out of error-resizing', () => {
    expect(codeOf(checkResize(base))).toBe('ok');
    expect(codeOf(checkResize({ ...base, instanceStatus: 'error-resizing' }))).toBe('ok');
  });
  it('refuses a running production server (SDRS.1352) and a running DR server (SDRS.1342)', () => {
    expect(codeOf(checkResize({ ...base, production: { ...base.production, status: 'ACTIVE' } }))).toBe('SDRS.1352');
    expect(codeOf(checkResize({ ...base, dr: { ...base.dr, status: 'ACTIVE' } }))).toBe('SDRS.1342');
  });
  it('ignores the running server the resize does not touch', () => {
    const running = { ...base, target: 'dr' as const, production: { ...base.production, status: 'ACTIVE' } };
    expect(codeOf(checkResize(running))).toBe('ok');
  });
  it('refuses the flavor the servers already have (SDRS.1341)', () => {
    expect(codeOf(checkResize({ ...base, flavorId: 's3.large.2' }))).toBe('SDRS.1341');
  });
  it('says which site cannot take a flavor: not offered, or sold out', () => {
    const choice: FlavorChoice = {
      id: 'c4.xlarge.2',
      vcpus: 4,
      ramMb: 8192,
      offered: { production: true, dr: true },
      sold: { production: true, dr: false },
    };
    expect(flavorProblem(choice, 'production')).toBeNull();
    expect(flavorProblem(choice, 'both')).toBe('Sold out in the DR AZ.');
    expect(flavorProblem({ ...choice, offered: { production: false, dr: true } }, 'production')).toMatch(/Not offered/);
  });
});

describe('NICs', () => {
  const subnet = { id: 's1', vpcId: 'v1', cidr: '192.168.1.0/24', gateway: '192.168.1.1' };
  const base: AddNicFacts = {
    groupStatus: 'protected',
    instanceStatus: 'protected',
    groupVpcId: 'v1',
    nicCount: 1,
    subnet,
    ip: '',
    takenIps: ['192.168.1.11'],
  };
  it('allows a NIC with an automatic or a free fixed address', () => {
    expect(codeOf(checkAddNic(base))).toBe('ok');
    expect(codeOf(checkAddNic({ ...base, ip: '192.168.1.77' }))).toBe('ok');
  });
  it('refuses a fixed IP outside the CIDR or on the gateway (SDRS.0219), or in use (SDRS.1334)', () => {
    expect(codeOf(checkAddNic({ ...base, ip: '192.168.2.5' }))).toBe('SDRS.0219');
    expect(codeOf(checkAddNic({ ...base, ip: '192.168.1.1' }))).toBe('SDRS.0219');
    expect(codeOf(checkAddNic({ ...base, ip: '192.168.1.11' }))).toBe('SDRS.1334');
  });
  it("refuses a subnet outside the group's VPC (SDRS.1335) and a NIC past the limit (SDRS.1340)", () => {
    expect(codeOf(checkAddNic({ ...base, subnet: { ...subnet, vpcId: 'v2' } }))).toBe('SDRS.1335');
    expect(codeOf(checkAddNic({ ...base, nicCount: MAX_NICS }))).toBe('SDRS.1340');
  });
  it('refuses deleting the primary NIC (SDRS.1311) and allows an extension NIC', () => {
    const facts = { groupStatus: 'available', instanceStatus: 'available' };
    expect(codeOf(checkDeleteNic({ ...facts, nic: { primary: true } }))).toBe('SDRS.1311');
    expect(codeOf(checkDeleteNic({ ...facts, nic: { primary: false } }))).toBe('ok');
    expect(codeOf(checkDeleteNic({ ...facts, instanceStatus: 'nic-creating', nic: { primary: false } }))).toBe(
      'SDRS.1327',
    );
  });
});

describe('tags', () => {
  it('allows ten tags and refuses an eleventh (SDRS.2203)', () => {
    expect(codeOf(checkTags({ instanceStatus: 'available', count: 10 }))).toBe('ok');
    expect(codeOf(checkTags({ instanceStatus: 'available', count: 11 }))).toBe('SDRS.2203');
  });
  it('refuses tag changes while the instance is being created (SDRS.2221)', () => {
    expect(codeOf(checkTags({ instanceStatus: 'creating', count: 1 }))).toBe('SDRS.2221');
  });
});

describe('expanding a replication pair', () => {
  const base = { pairStatus: 'protected', currentSize: 100, disks: [{ status: 'in-use', shared: false }] };
  it('allows a larger size, online for an in-use disk', () => {
    expect(codeOf(checkExpand({ ...base, newSize: 150 }))).toBe('ok');
  });
  it('refuses the same or a smaller size (SDRS.0201)', () => {
    expect(codeOf(checkExpand({ ...base, newSize: 100 }))).toBe('SDRS.0201');
    expect(codeOf(checkExpand({ ...base, newSize: 50 }))).toBe('SDRS.0201');
  });
  it('refuses a shared in-use disk (SDRS.1818) and a pair that is busy (SDRS.0214)', () => {
    expect(codeOf(checkExpand({ ...base, newSize: 150, disks: [{ status: 'in-use', shared: true }] }))).toBe(
      'SDRS.1818',
    );
    expect(codeOf(checkExpand({ ...base, newSize: 150, pairStatus: 'extending' }))).toBe('SDRS.0214');
  });
});
