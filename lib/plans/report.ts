import { csvLine } from '../audit/csv';
import { describeStep } from './describe-step';
import { peopleSeconds, stepSeconds, type RunMode, type RunStatus, type StepRun } from './run-state';

/** What a report is made of: the run as stored, and the names of its groups. */
export interface RunReportInput {
  planName: string;
  mode: RunMode;
  status: RunStatus;
  startedBy: string;
  startedAt: number;
  finishedAt: number | null;
  steps: readonly StepRun[];
  groupNames: ReadonlyMap<string, string>;
  now: number;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());
const seconds = (s: number | null) => (s === null ? '' : s.toFixed(1));

/** The measured recovery time: the whole run, and the part of it spent waiting for people. */
export function measured(r: Pick<RunReportInput, 'startedAt' | 'finishedAt' | 'steps' | 'now'>) {
  const total = Math.round(((r.finishedAt ?? r.now) - r.startedAt) / 100) / 10;
  const people = Math.round(peopleSeconds(r.steps, r.now) * 10) / 10;
  return { totalSeconds: total, peopleSeconds: people };
}

const rows = (r: RunReportInput) =>
  r.steps.map((s, i) => ({
    n: i + 1,
    step: describeStep(s.step, (id) => r.groupNames.get(id) ?? id),
    status: s.status,
    started: iso(s.startedAt),
    finished: iso(s.finishedAt),
    seconds: seconds(stepSeconds(s, r.now)),
    jobs: s.jobIds.join(' '),
    confirmedBy: s.confirmedBy ?? '',
    note: s.note ?? '',
    error: s.error ? `${s.error.code ?? ''} ${s.error.message}`.trim() : '',
  }));

const mdCell = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function runReportMarkdown(r: RunReportInput): string {
  const m = measured(r);
  const lines = [
    `# ${r.mode === 'drill' ? 'Drill' : 'Recovery'} run of plan ${r.planName}`,
    '',
    `- Status: ${r.status}`,
    `- Started by ${r.startedBy} at ${iso(r.startedAt)}`,
    `- Finished: ${r.finishedAt === null ? 'not yet' : iso(r.finishedAt)}`,
    `- Measured time: ${m.totalSeconds.toFixed(1)} s, of which ${m.peopleSeconds.toFixed(1)} s waiting for confirmations`,
    '',
    '| # | Step | Status | Started | Finished | Seconds | Confirmed by | Note | Error |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows(r).map(
      (x) =>
        `| ${[x.n, x.step, x.status, x.started, x.finished, x.seconds, x.confirmedBy, x.note, x.error].map(mdCell).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export function runReportCsv(r: RunReportInput): string {
  return [
    csvLine([
      'step',
      'description',
      'status',
      'started',
      'finished',
      'seconds',
      'jobs',
      'confirmed by',
      'note',
      'error',
    ]),
    ...rows(r).map((x) =>
      csvLine([x.n, x.step, x.status, x.started, x.finished, x.seconds, x.jobs, x.confirmedBy, x.note, x.error]),
    ),
  ].join('');
}
