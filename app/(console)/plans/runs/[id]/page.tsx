import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/ui/auto-refresh';
import { buttonClasses } from '@/components/ui/button-classes';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/page-guard';
import { formatTimestamp } from '@/lib/format';
import { deniedReason } from '@/lib/auth/roles';
import { load } from '@/lib/list/load';
import { listProtectionGroups } from '@/lib/otc/sdrs';
import { cloudFor } from '@/lib/otc/session-cloud';
import { describeStep } from '@/lib/plans/describe-step';
import { getRun } from '@/lib/plans/plans-store';
import { runTimes } from '@/lib/plans/measured-runs';
import { ConfirmStep } from './_components/confirm-step';
import { FailedStep } from './_components/failed-step';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';

export const metadata: Metadata = { title: 'Plan run' };

const time = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().slice(11, 19));

const STATUS_WORDS: Record<string, string> = {
  running: 'Running',
  waiting: 'Waiting for a confirmation',
  failed: 'Stopped at a failed step',
  succeeded: 'Succeeded',
  abandoned: 'Abandoned',
};

/** A run of a plan: each step's state, times and jobs; the confirmation it waits for; the way on from a failed step. */
export default async function PlanRunPage(props: PageProps<'/plans/runs/[id]'>) {
  const { id } = await props.params;
  const session = await requireSession();
  const run = await getRun(session.projectId, id);
  if (!run) notFound();
  const groups = await load(async () => listProtectionGroups(await cloudFor(session)));
  const names = new Map(groups.ok ? groups.data.map((g) => [g.id, g.name]) : []);
  const m = runTimes(run);
  const blocked = deniedReason(session.role, 'run-group-action');
  const live = run.status === 'running' || run.status === 'waiting';
  return (
    <>
      <Breadcrumbs
        up={[
          { href: '/plans', label: 'Recovery plans' },
          { href: `/plans/${run.planId}`, label: run.planName },
        ]}
        here="Run"
      />
      <PageHeader
        title={`${run.mode === 'drill' ? 'Drill' : 'Recovery'} run of ${run.planName}`}
        description={`Started by ${run.startedBy} at ${formatTimestamp(run.startedAt)} UTC.`}
      />
      <AutoRefresh active={live} everyMs={2000} />
      <p className="text-sm">
        <span className="font-semibold" data-run-status={run.status}>
          {STATUS_WORDS[run.status] ?? run.status}
        </span>{' '}
        · measured {m.totalSeconds.toFixed(1)} s, of which {m.peopleSeconds.toFixed(1)} s waiting for confirmations
      </p>
      <p className="mt-2 flex gap-2">
        <a href={`/api/plan-runs/${run.id}/report?format=md`} className={buttonClasses.secondary} download>
          Report (Markdown)
        </a>
        <a href={`/api/plan-runs/${run.id}/report?format=csv`} className={buttonClasses.secondary} download>
          Report (CSV)
        </a>
        <Link href={`/jobs/${run.id}`} className={buttonClasses.secondary}>
          In the job ledger
        </Link>
      </p>
      <ol aria-label="Run steps" className="mt-4 space-y-3">
        {run.steps.map((s, i) => (
          <li key={i} className="rounded-md border border-slate-300 bg-white p-3 text-sm" data-run-step={i + 1}>
            <p className="font-medium">
              {i + 1}. {describeStep(s.step, (gid) => names.get(gid) ?? gid)}
            </p>
            <p data-step-status={s.status}>
              {s.status}
              {s.phase && s.status === 'running' ? ` (${s.phase})` : ''} · started {time(s.startedAt)} · finished{' '}
              {time(s.finishedAt)}
              {m.steps[i] !== null ? ` · ${m.steps[i]?.toFixed(1)} s` : ''}
            </p>
            {s.jobIds.length > 0 ? (
              <p>
                Jobs:{' '}
                {s.jobIds.map((j, n) => (
                  <Link key={j} href={`/jobs/${j}`} className="mr-2 underline">
                    job {n + 1}
                  </Link>
                ))}
              </p>
            ) : null}
            {s.confirmedBy ? (
              <p>
                Confirmed by {s.confirmedBy}
                {s.note ? `: ${s.note}` : ''}
              </p>
            ) : null}
            {s.error ? (
              <p role="alert" className="text-red-800">
                {s.error.code ? <code>{s.error.code}</code> : null} {s.error.message}
              </p>
            ) : null}
            {s.status === 'waiting' ? <ConfirmStep runId={run.id} step={i} blocked={blocked} /> : null}
            {s.status === 'failed' && run.status === 'failed' ? (
              <FailedStep runId={run.id} step={i} blocked={blocked} />
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
