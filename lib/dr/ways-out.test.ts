import { describe, expect, it } from 'vitest';
import documented from './documented-statuses.json';
import { wayOut } from './ways-out';

describe('ways out of failure', () => {
  const kinds = { group: 'group', instance: 'instance', pair: 'pair', drill: 'drill' } as const;
  it.each(Object.entries(kinds))('every documented error status of a %s has a way out', (key, kind) => {
    const statuses: string[] = documented[key as keyof typeof kinds];
    const failed = statuses.filter((s) => s === 'error' || s.startsWith('error-') || s === 'invalid' || s === 'fault');
    expect(failed.length).toBeGreaterThan(0);
    for (const status of failed) expect(wayOut(kind, status), `${kind} ${status}`).not.toBeNull();
  });
  it('a failed create is deleted and made again; a failed resize is retried', () => {
    expect(wayOut('instance', 'error')?.action).toBe('delete-instance');
    expect(wayOut('instance', 'error-resizing')?.action).toBe('resize');
    expect(wayOut('pair', 'error-attaching')?.action).toBe('detach-pair');
    expect(wayOut('group', 'error-failing-over')?.label).toBe('Failover');
  });
  it('a healthy status needs none', () => {
    expect(wayOut('instance', 'protected')).toBeNull();
  });
});
