import { adviceFor, type ErrorAdvice } from '../dr/error-catalogue';
import { wayOut, type WayOut } from '../dr/ways-out';
import type { JobRow, SubJobView } from './server/ledger';
import { failed, succeeded } from './job-status';
import { jobTypeLabel, stepMakes } from './job-types';

/** A job as the browser sees it (no parameters: they may hold more than the viewer should see). */
export interface JobView {
  id: string;
  /** The cloud's own job id (none for EVS pairs), to quote to cloud support. */
  cloudJobId: string | null;
  type: string;
  typeLabel: string;
  status: string;
  userName: string;
  targetKind: string;
  targetName: string;
  targetId: string | null;
  targetStatus: string | null;
  targetHref: string | null;
  createdAt: number;
  finishedAt: number | null;
  errorCode: string | null;
  failReason: string | null;
  advice: ErrorAdvice | null;
  /** The step whose failure ended the job, when the cloud names one. */
  failedStep: { label: string; errorCode: string | null; failReason: string | null } | null;
  /** What steps finished before the failure made, and the cloud still holds. */
  leftBehind: string[];
  /** What is left to do once the job has succeeded (pairs a deleted instance left behind). */
  followUps: { label: string; href: string }[];
  /** For a failed job whose resource is left in an error status: what gets it out. */
  wayOut: WayOut | null;
  subJobs: (SubJobView & { label: string })[];
}

const TARGET_PATH: Record<string, string> = {
  'protection-group': '/protection-groups',
  'protected-instance': '/protected-instances',
  'replication-pair': '/replication-pairs',
  'evs-replication-pair': '/evs-replication-pairs',
  'recovery-plan': '/plans',
};

const WAY_OUT_KIND: Record<string, 'group' | 'instance' | 'pair'> = {
  'protection-group': 'group',
  'protected-instance': 'instance',
  'replication-pair': 'pair',
};

/** A deleted instance keeps its replication pairs; they are deleted on their own. */
function followUpsOf(row: JobRow): { label: string; href: string }[] {
  // A plan run's steps, confirmations and report are on its own page.
  if (row.kind === 'plan-run')
    return [{ label: 'Open the run: steps, confirmations, report', href: `/plans/runs/${row.id}` }];
  if (row.jobType !== 'deleteProtectedInstanceNoCG') return [];
  const params = JSON.parse(row.params) as { keptPairs?: { id: string; name: string }[] };
  return (params.keptPairs ?? []).map((p) => ({
    label: `Delete the kept replication pair ${p.name}`,
    href: `/replication-pairs/${p.id}`,
  }));
}

function wayOutOf(row: JobRow): WayOut | null {
  const kind = WAY_OUT_KIND[row.targetKind];
  return kind && row.targetStatus ? wayOut(kind, row.targetStatus) : null;
}

export function toJobView(row: JobRow): JobView {
  const subJobs = (JSON.parse(row.subJobs) as SubJobView[]).map((s) => ({ ...s, label: jobTypeLabel(s.type) }));
  const failedStep = failed(row.status) ? subJobs.find((s) => failed(s.status)) : undefined;
  // The failing step's own code explains the failure best; the job's code sums it up.
  const errorCode = failedStep?.errorCode ?? row.errorCode ?? null;
  const leftBehind = failedStep
    ? [
        ...new Set(
          subJobs
            .filter((s) => succeeded(s.status) && stepMakes(s.type))
            .map((s) => `${stepMakes(s.type)} (step "${s.label}")`),
        ),
      ]
    : [];
  return {
    id: row.id,
    cloudJobId: row.cloudJobId,
    type: row.jobType,
    typeLabel: jobTypeLabel(row.jobType),
    status: row.status,
    userName: row.userName,
    targetKind: row.targetKind,
    targetName: row.targetName,
    targetId: row.targetId,
    targetStatus: row.targetStatus,
    targetHref:
      row.targetId && row.targetStatus !== 'deleted' ? `${TARGET_PATH[row.targetKind] ?? ''}/${row.targetId}` : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    errorCode,
    failReason: failedStep?.failReason ?? row.failReason ?? null,
    advice: failed(row.status) && errorCode ? adviceFor(errorCode) : null,
    failedStep: failedStep
      ? { label: failedStep.label, errorCode: failedStep.errorCode, failReason: failedStep.failReason }
      : null,
    leftBehind,
    wayOut: failed(row.status) ? wayOutOf(row) : null,
    followUps: succeeded(row.status) ? followUpsOf(row) : [],
    subJobs,
  };
}
