import { describe, expect, it } from 'vitest';
import type { Volume } from '../otc/schemas';
import { volume } from '../testing/volume';
import { evsDiskFacts, evsDrProblem, evsProductionProblem } from './evs-pairing';
import type { PairedVolumes } from './preflight';

const vol = (id: string, over: Partial<Volume> = {}) => volume(id, { status: 'available', size: 100, ...over });
const none: PairedVolumes = { sdrs: [], evs: [] };
const servers = new Map([
  ['run', { name: 'standby', status: 'ACTIVE' }],
  ['stop', { name: 'report', status: 'SHUTOFF' }],
]);
const facts = (v: Volume, paired = none) => evsDiskFacts(v, paired, servers, 'detail');

describe('the EVS pairing rule', () => {
  const prod = facts(vol('p'));
  const dr = (over: Partial<Volume>) => facts(vol('d', { availability_zone: 'eu-de-02', ...over }));

  it('accepts another disk in another AZ with the same type and size, on no running server', () => {
    expect(evsDrProblem(dr({}), prod)).toBeNull();
    expect(evsDrProblem(dr({ volume_type: 'ssd' }), prod)).toBeNull();
    expect(
      evsDrProblem(dr({ status: 'in-use', attachments: [{ server_id: 'stop' }] } as Partial<Volume>), prod),
    ).toBeNull();
  });

  it('refuses each broken constraint with its reason', () => {
    expect(evsDrProblem(dr({}), undefined)).toMatch(/production disk first/);
    expect(evsDrProblem(prod, prod)).toMatch(/is the production disk/);
    expect(evsDrProblem(dr({ availability_zone: 'eu-de-01' }), prod)).toMatch(/same AZ/);
    expect(evsDrProblem(dr({ volume_type: 'SATA' }), prod)).toMatch(/Type SATA/);
    expect(evsDrProblem(dr({ size: 60 }), prod)).toMatch(/60 GB/);
    expect(
      evsDrProblem(dr({ status: 'in-use', attachments: [{ server_id: 'run' }] } as Partial<Volume>), prod),
    ).toMatch(/standby, which is not stopped/);
    expect(evsDrProblem(dr({ metadata: { __system__encrypted: '1' } }), prod)).toMatch(/Encrypted/);
  });

  it('keeps paired and encrypted disks out of either role', () => {
    const paired = facts(vol('p'), { sdrs: [], evs: [{ volume_ids: ['p', 'x'], name: 'legacy' }] });
    expect(evsProductionProblem(paired)).toMatch(/legacy/);
    expect(evsProductionProblem(facts(vol('e', { metadata: { __system__encrypted: '1' } })))).toMatch(/Encrypted/);
    expect(evsProductionProblem(prod)).toBeNull();
  });
});
