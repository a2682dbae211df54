import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { idSegment } from './ids';
import { allPages } from './paging';
import {
  failureJobSchema,
  jobSchema,
  type CloudJob,
  listOf,
  protectedInstanceSchema,
  replicationPairSchema,
  serverGroupSchema,
  type FailureJob,
  type ProtectedInstance,
  type ReplicationPair,
  type ServerGroup,
} from './schemas';

/** SDRS answers at most 1000 items a page; `count` says how many match in all. */
const PAGE = 1000;

export interface ListFilter {
  status?: string;
  name?: string;
  server_group_id?: string;
  protected_instance_id?: string;
}

async function listAll<T>(
  cloud: Cloud,
  path: string,
  key: string,
  item: z.ZodType<T>,
  filter: ListFilter,
): Promise<T[]> {
  const schema = listOf(key, item);
  return allPages(async (index) => {
    const page = await cloud.call(
      'sdrs',
      { method: 'GET', path, query: { ...filter, limit: PAGE, offset: index * PAGE } },
      schema,
    );
    return { items: page[key] as T[], total: typeof page.count === 'number' ? page.count : undefined };
  }, PAGE);
}

export const listProtectionGroups = (cloud: Cloud, filter: ListFilter = {}): Promise<ServerGroup[]> =>
  listAll(cloud, '/server-groups', 'server_groups', serverGroupSchema, filter);

export const listProtectedInstances = (cloud: Cloud, filter: ListFilter = {}): Promise<ProtectedInstance[]> =>
  listAll(cloud, '/protected-instances', 'protected_instances', protectedInstanceSchema, filter);

export const listReplicationPairs = (cloud: Cloud, filter: ListFilter = {}): Promise<ReplicationPair[]> =>
  listAll(cloud, '/replications', 'replications', replicationPairSchema, filter);

export const listFailedTasks = (cloud: Cloud, serverGroupId?: string): Promise<FailureJob[]> =>
  listAll(cloud, '/task-center/failure-jobs', 'failure_jobs', failureJobSchema, { server_group_id: serverGroupId });

export async function getProtectionGroup(cloud: Cloud, id: string): Promise<ServerGroup> {
  const r = await cloud.call(
    'sdrs',
    { method: 'GET', path: `/server-groups/${idSegment(id)}` },
    z.looseObject({ server_group: serverGroupSchema }),
  );
  return r.server_group;
}

export async function getProtectedInstance(cloud: Cloud, id: string): Promise<ProtectedInstance> {
  const r = await cloud.call(
    'sdrs',
    { method: 'GET', path: `/protected-instances/${idSegment(id)}` },
    z.looseObject({ protected_instance: protectedInstanceSchema }),
  );
  return r.protected_instance;
}

export async function getReplicationPair(cloud: Cloud, id: string): Promise<ReplicationPair> {
  const r = await cloud.call(
    'sdrs',
    { method: 'GET', path: `/replications/${idSegment(id)}` },
    z.looseObject({ replication: replicationPairSchema }),
  );
  return r.replication;
}

export interface FailedTask extends FailureJob {
  groupId: string | null;
}

/**
 * The task center lists group-level failures without a filter and a group's own failures only
 * with its id: collect both for every group.
 */
export async function listAllFailedTasks(cloud: Cloud, groups: ServerGroup[]): Promise<FailedTask[]> {
  const batches = await Promise.all([
    listFailedTasks(cloud).then((tasks) => tasks.map((t) => ({ ...t, groupId: null }))),
    ...groups.map((g) => listFailedTasks(cloud, g.id).then((tasks) => tasks.map((t) => ({ ...t, groupId: g.id })))),
  ]);
  return batches.flat();
}

const jobIdSchema = z.looseObject({ job_id: z.string() });

export interface ProtectedInstanceRequest {
  server_group_id: string;
  server_id: string;
  name: string;
  description?: string;
  primary_subnet_id?: string;
  primary_ip_address?: string;
  flavorRef?: string;
  tags?: { key: string; value: string }[];
}

/** I1: returns the job id; the DR server and one pair per disk are made by the job. */
export async function createProtectedInstance(cloud: Cloud, req: ProtectedInstanceRequest): Promise<string> {
  const r = await cloud.call(
    'sdrs',
    { method: 'POST', path: '/protected-instances', body: { protected_instance: req } },
    jobIdSchema,
  );
  return r.job_id;
}

export async function createReplicationPair(
  cloud: Cloud,
  req: { server_group_id: string; volume_id: string; name: string; description?: string },
): Promise<string> {
  const r = await cloud.call(
    'sdrs',
    { method: 'POST', path: '/replications', body: { replication: req } },
    jobIdSchema,
  );
  return r.job_id;
}

export async function getJob(cloud: Cloud, jobId: string): Promise<CloudJob> {
  return cloud.call('sdrs', { method: 'GET', path: `/jobs/${idSegment(jobId)}` }, jobSchema);
}
