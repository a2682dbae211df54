import { describe, expect, it } from 'vitest';
import documented from './documented-statuses.json';
import { replicationInfo, STATUS_FILTERS, statusInfo } from './status-map';

/** The status lists of the API reference, kept as data in the project (see the file's source). */
const KINDS = ['group', 'instance', 'pair', 'drill', 'evsPair'] as const;

describe('status map', () => {
  for (const kind of KINDS) {
    it(`knows every ${kind} status of the reference, in plain words`, () => {
      const codes = documented[kind];
      expect(codes.length).toBeGreaterThanOrEqual(5);
      for (const code of codes) {
        const info = statusInfo(code);
        expect(info.known, `${kind} status ${code}`).toBe(true);
        expect(info.label).not.toBe(code);
      }
    });
  }

  it('offers exactly the documented statuses of each kind as its list filter', () => {
    for (const kind of KINDS) expect([...STATUS_FILTERS[kind]].sort(), kind).toEqual([...documented[kind]].sort());
  });

  it('knows the EVS pair statuses, job statuses and replication statuses', () => {
    for (const code of documented.job) expect(statusInfo(code).known, code).toBe(true);
    for (const code of documented.replication) expect(replicationInfo(code).known, code).toBe(true);
  });

  it('marks transitional statuses as running and error-* as failed', () => {
    for (const code of [
      'creating',
      'starting',
      'stopping',
      'reversing',
      'failing-over',
      'reprotecting',
      'deleting',
      'RUNNING',
    ]) {
      expect(statusInfo(code).running, code).toBe(true);
    }
    for (const code of ['error', 'error-starting', 'error-failing-over', 'invalid', 'fault', 'FAIL']) {
      expect(statusInfo(code)).toMatchObject({ running: false, tone: 'error' });
    }
    expect(statusInfo('protected').tone).toBe('ok');
  });

  it('still renders an unknown code, as itself', () => {
    expect(statusInfo('quantum-entangled')).toEqual({
      label: 'quantum-entangled',
      tone: 'neutral',
      running: false,
      known: false,
    });
    expect(statusInfo(null).label).toBe('Unknown');
  });
});
