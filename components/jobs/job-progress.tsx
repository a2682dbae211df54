'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import Link from 'next/link';
import { useWatchJob } from '@/components/providers/job-stream-provider';
import { StatusBadge } from '@/components/status/status-badge';
import { buttonClasses } from '@/components/ui/button-classes';
import { statusInfo } from '@/lib/dr/status-map';
import { failed, isTerminal, jobStatusLabel, succeeded } from '@/lib/jobs/job-status';
import type { JobView } from '@/lib/jobs/job-view';
import { jobKeys, jobQueryOptions } from '@/lib/jobs/keys';
import { pushOpen } from '@/lib/jobs/push-state';
import { Elapsed } from './elapsed';
import { SubJobTimeline } from './sub-job-timeline';

/** Live progress of one job, read from the console's ledger (never from the cloud directly). */
export function JobProgress({ initial }: { initial: JobView }) {
  useWatchJob(initial.id);
  const { data, error, isFetching } = useQuery(jobQueryOptions(initial.id, initial));
  const job = data ?? initial;
  const done = isTerminal(job.status);
  const queryClient = useQueryClient();
  // Without the push stream, the header's "jobs running" count learns of this job now, and again
  // when it ends; with it, the stream tells the header itself.
  useEffect(() => {
    if (!pushOpen()) void queryClient.invalidateQueries({ queryKey: jobKeys.mine() });
  }, [queryClient, done]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-300 bg-white p-4">
        <span className="text-2xl font-semibold" role="status" aria-live="polite" data-job-status={job.status}>
          {jobStatusLabel(job.status)}
        </span>
        <span className="text-sm text-slate-700">
          Elapsed: <Elapsed from={job.createdAt} to={job.finishedAt} />
        </span>
        <span className="text-sm text-slate-700">Started by {job.userName}</span>
        {job.cloudJobId ? (
          <span className="text-sm text-slate-700">
            Cloud job <code>{job.cloudJobId}</code>
          </span>
        ) : null}
        {!done ? <span className="text-xs text-slate-600">{isFetching ? 'Updating…' : 'Updates live'}</span> : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          Progress could not be refreshed: {error.message} It will try again.
        </p>
      ) : null}
      {succeeded(job.status) ? (
        <div className="rounded-md border border-green-300 bg-green-50 p-4 text-sm text-green-950">
          <p className="font-semibold">
            {job.typeLabel} {job.targetName}: done
            {job.targetStatus === 'deleted'
              ? '; it no longer exists'
              : job.targetStatus
                ? `; it is ${statusInfo(job.targetStatus).label.toLowerCase()}`
                : ''}
            .
          </p>
          {job.targetHref ? (
            <Link href={job.targetHref} className={`${buttonClasses.secondary} mt-3`}>
              Open {job.targetName}
            </Link>
          ) : null}
          {job.followUps.length > 0 ? (
            <ul className="mt-3 list-disc pl-4">
              {job.followUps.map((f) => (
                <li key={f.href}>
                  <Link href={f.href} className="underline">
                    {f.label}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {failed(job.status) ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          <p className="font-semibold">{job.typeLabel} failed.</p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
            {job.failedStep ? (
              <>
                <dt className="font-medium">Failed step</dt>
                <dd>{job.failedStep.label}</dd>
              </>
            ) : null}
            <dt className="font-medium">Code</dt>
            <dd>
              <code>{job.errorCode ?? 'unknown'}</code>
            </dd>
            <dt className="font-medium">Reason given</dt>
            <dd>{job.failReason ?? '—'}</dd>
            {job.advice ? (
              <>
                <dt className="font-medium">Cause</dt>
                <dd>{job.advice.cause}</dd>
                <dt className="font-medium">What to do</dt>
                <dd>{job.advice.remedy}</dd>
              </>
            ) : null}
            {job.leftBehind.length > 0 ? (
              <>
                <dt className="font-medium">Still in the cloud</dt>
                <dd>
                  <ul className="list-disc pl-4">
                    {job.leftBehind.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {job.wayOut ? (
              <>
                <dt className="font-medium">Way out</dt>
                <dd>
                  {job.wayOut.text}
                  {job.targetHref ? (
                    <>
                      {' '}
                      <Link href={job.targetHref} className="underline">
                        {job.wayOut.label} on {job.targetName}
                      </Link>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt className="font-medium">Left in state</dt>
            <dd>
              {job.targetStatus ? <StatusBadge status={job.targetStatus} /> : 'unknown'}
              {job.targetHref ? (
                <>
                  {' '}
                  <Link href={job.targetHref} className="underline">
                    open {job.targetName}
                  </Link>
                </>
              ) : null}
            </dd>
          </dl>
        </div>
      ) : null}
      <SubJobTimeline steps={job.subJobs} />
    </div>
  );
}
