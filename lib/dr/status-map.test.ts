import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replicationInfo, STATUS_FILTERS, statusInfo } from './status-map';

/** The status lists of reference §2.5 and §3.1, read from the reference itself. */
const reference = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/reference/otc-api.md'), 'utf8');

function codesAfter(heading: string): string[] {
  const start = reference.indexOf(heading);
  expect(start, `reference has ${heading}`).toBeGreaterThan(-1);
  const paragraph = reference.slice(start + heading.length, reference.indexOf('\n\n', start));
  // Codes appear one per backtick pair or as one backticked, comma-separated run.
  const codes = [...paragraph.matchAll(/`([^`]+)`/g)].flatMap((m) => (m[1] ?? '').split(',').map((c) => c.trim()));
  return [...new Set(codes.filter((c) => /^[a-z-]+$/.test(c)))];
}

const KINDS = {
  group: '**Protection group** (appendixes/protection_group_status.rst):',
  instance: '**Protected instance** (appendixes/protected_instance_status.rst):',
  pair: '**Replication pair** (appendixes/replication_pair_status.rst):',
  drill: '**DR drill**:',
} as const;

describe('status map', () => {
  for (const [kind, heading] of Object.entries(KINDS)) {
    it(`knows every ${kind} status of the reference, in plain words`, () => {
      const codes = codesAfter(heading);
      expect(codes.length).toBeGreaterThanOrEqual(5);
      for (const code of codes) {
        const info = statusInfo(code);
        expect(info.known, `${kind} status ${code}`).toBe(true);
        expect(info.label).not.toBe(code);
      }
    });
  }

  it('offers every documented status as a list filter', () => {
    expect([...STATUS_FILTERS.group].sort()).toEqual(codesAfter(KINDS.group).sort());
    expect([...STATUS_FILTERS.instance].sort()).toEqual(codesAfter(KINDS.instance).sort());
    expect([...STATUS_FILTERS.pair].sort()).toEqual(codesAfter(KINDS.pair).sort());
  });

  it('knows the EVS pair statuses, job statuses and replication statuses', () => {
    for (const code of [
      'creating',
      'available',
      'error',
      'deleting',
      'error_deleting',
      'INIT',
      'RUNNING',
      'SUCCESS',
      'FAIL',
    ]) {
      expect(statusInfo(code).known, code).toBe(true);
    }
    for (const code of ['active', 'inactive', 'copying', 'active-stopped', 'error'])
      expect(replicationInfo(code).known, code).toBe(true);
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
