import { describe, expect, it } from 'vitest';
import { runReportCsv, runReportMarkdown, measured } from './report';
import { newStepRun } from './run-state';

const T = Date.UTC(2026, 11, 1, 10);
const steps = [
  {
    ...newStepRun({ kind: 'group-action', groupId: 'g1', action: 'createDrill' }),
    status: 'succeeded' as const,
    startedAt: T,
    finishedAt: T + 12_000,
    jobIds: ['j1'],
  },
  {
    ...newStepRun({ kind: 'manual', text: 'Check | the app' }),
    status: 'succeeded' as const,
    startedAt: T + 12_000,
    finishedAt: T + 42_000,
    confirmedBy: 'ops',
    note: 'works',
  },
];
const input = {
  planName: 'erp',
  mode: 'drill' as const,
  status: 'succeeded' as const,
  startedBy: 'ops',
  startedAt: T,
  finishedAt: T + 45_000,
  steps,
  groupNames: new Map([['g1', 'erp-prod']]),
  now: T + 60_000,
};

describe('a run report', () => {
  it('measures the whole run and the time spent waiting for people', () => {
    expect(measured(input)).toEqual({ totalSeconds: 45, peopleSeconds: 30 });
  });

  it('as Markdown: the measured time, and a row per step with its times and confirmation', () => {
    const md = runReportMarkdown(input);
    expect(md).toContain('# Drill run of plan erp');
    expect(md).toContain('- Measured time: 45.0 s, of which 30.0 s waiting for confirmations');
    expect(md).toContain(
      '| 1 | Create a DR drill of erp-prod | succeeded | 2026-12-01T10:00:00.000Z | 2026-12-01T10:00:12.000Z | 12.0 |',
    );
    expect(md).toContain('| 2 | Manual: Check \\| the app | succeeded |');
    expect(md).toContain('| ops | works |');
  });

  it('as CSV: one line per step', () => {
    const lines = runReportCsv(input).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '1,Create a DR drill of erp-prod,succeeded,2026-12-01T10:00:00.000Z,2026-12-01T10:00:12.000Z,12.0,j1,,,',
    );
  });
});
