import { adviceFor, type ErrorAdvice } from '../dr/error-catalogue';
import type { JobRow, SubJobView } from './ledger';
import { jobTypeLabel } from './job-types';

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
  subJobs: (SubJobView & { label: string })[];
}

const TARGET_PATH: Record<string, string> = {
  'protected-instance': '/protected-instances',
  'replication-pair': '/replication-pairs',
  'evs-replication-pair': '/evs-replication-pairs',
};

export const isTerminal = (status: string): boolean => status === 'SUCCESS' || status === 'FAIL';

export function toJobView(row: JobRow): JobView {
  const subJobs = (JSON.parse(row.subJobs) as SubJobView[]).map((s) => ({ ...s, label: jobTypeLabel(s.type) }));
  const failedStep = subJobs.find((s) => s.status === 'FAIL');
  const errorCode = row.errorCode ?? failedStep?.errorCode ?? null;
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
    failReason: row.failReason ?? failedStep?.failReason ?? null,
    advice: row.status === 'FAIL' && errorCode ? adviceFor(errorCode) : null,
    subJobs,
  };
}
