import 'server-only';
import { adviceFor } from '../../dr/error-catalogue';
import { statusInfo } from '../../dr/status-map';
import type { Cloud } from '../../otc/cloud';
import { isNotFound } from '../../otc/errors';
import { getEvsReplicationPair } from '../../otc/evs';
import type { CloudJob } from '../../otc/schemas';
import { getEcsJob } from '../../otc/ecs';
import { getJob, getProtectedInstance, getProtectionGroup, getReplicationPair } from '../../otc/sdrs';
import { fromCloudStatus, isTerminal, type LedgerStatus } from '../job-status';
import type { JobRow, SubJobView } from './ledger';

export interface JobProgress {
  status: LedgerStatus;
  subJobs?: SubJobView[];
  entities?: Record<string, unknown>;
  errorCode?: string | null;
  failReason?: string | null;
  targetId?: string | null;
  targetStatus?: string | null;
}

const subJobViews = (job: CloudJob): SubJobView[] =>
  (job.entities.sub_jobs ?? []).map((s) => ({
    type: s.job_type,
    status: s.status,
    beginTime: s.begin_time,
    endTime: s.end_time,
    errorCode: s.error_code,
    failReason: s.fail_reason,
  }));

/** Which entity names the job's resource, per target kind (reference §2.3). */
const ENTITY_KEY: Record<string, string> = {
  'protection-group': 'server_group_id',
  'protected-instance': 'protected_instance_id',
  'replication-pair': 'replication_pair_id',
};

async function targetStatus(cloud: Cloud, row: JobRow, targetId: string): Promise<string> {
  try {
    if (row.targetKind === 'protection-group') return (await getProtectionGroup(cloud, targetId)).status;
    if (row.targetKind === 'protected-instance') return (await getProtectedInstance(cloud, targetId)).status;
    if (row.targetKind === 'replication-pair') return (await getReplicationPair(cloud, targetId)).status;
    return (await getEvsReplicationPair(cloud, targetId)).status;
  } catch (e) {
    if (isNotFound(e)) return 'deleted';
    throw e;
  }
}

/** An operation the console did not start has no job to ask: the group's status tells how it goes. */
async function watchGroup(cloud: Cloud, row: JobRow): Promise<JobProgress> {
  if (!row.targetId)
    return { status: 'FAIL', errorCode: 'CONSOLE.NO_TARGET', failReason: 'The group was not recorded.' };
  let group;
  try {
    group = await getProtectionGroup(cloud, row.targetId);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    return row.jobType === 'deleteProtectionGroupNoCG'
      ? { status: 'SUCCESS', targetStatus: 'deleted' }
      : { status: 'FAIL', errorCode: 'CONSOLE.GONE', failReason: 'The group was deleted.', targetStatus: 'deleted' };
  }
  const info = statusInfo(group.status);
  if (info.running) return { status: 'RUNNING', targetStatus: group.status };
  if (info.tone === 'error')
    return {
      status: 'FAIL',
      errorCode: 'CONSOLE.GROUP_ERROR',
      failReason: `The group ended ${info.label.toLowerCase()}.`,
      targetStatus: group.status,
    };
  return { status: 'SUCCESS', targetStatus: group.status };
}

/** One upstream look at a job: the SDRS or ECS job, or the resource's own status where there is none. */
export async function pollJob(cloud: Cloud, row: JobRow): Promise<JobProgress> {
  if (row.kind === 'group-watch') return watchGroup(cloud, row);
  if (row.kind === 'evs-pair') {
    if (!row.targetId)
      return { status: 'FAIL', errorCode: 'CONSOLE.NO_TARGET', failReason: 'The pair id was not recorded.' };
    let pair;
    try {
      pair = await getEvsReplicationPair(cloud, row.targetId);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      return {
        status: 'FAIL',
        errorCode: 'EVS.GONE',
        failReason: 'The pair no longer exists.',
        targetStatus: 'deleted',
      };
    }
    if (pair.status === 'available') return { status: 'SUCCESS', targetStatus: pair.status };
    if (pair.status === 'error') {
      const code = pair.failure_detail ?? 'EVS.ERROR';
      return { status: 'FAIL', errorCode: code, failReason: adviceFor(code).cause, targetStatus: pair.status };
    }
    return { status: 'RUNNING', targetStatus: pair.status };
  }

  if (!row.cloudJobId)
    return { status: 'FAIL', errorCode: 'CONSOLE.NO_JOB', failReason: 'The job id was not recorded.' };
  const job = row.kind === 'ecs-job' ? await getEcsJob(cloud, row.cloudJobId) : await getJob(cloud, row.cloudJobId);
  const status = fromCloudStatus(job.status);
  const key = ENTITY_KEY[row.targetKind];
  const entityId = key && typeof job.entities[key] === 'string' ? (job.entities[key] as string) : null;
  const targetId = entityId ?? row.targetId;
  const entities = Object.fromEntries(Object.entries(job.entities).filter(([key]) => key !== 'sub_jobs'));
  return {
    status,
    subJobs: subJobViews(job),
    entities,
    errorCode: job.error_code,
    failReason: job.fail_reason,
    targetId,
    targetStatus: isTerminal(status) && targetId ? await targetStatus(cloud, row, targetId) : null,
  };
}
