import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { idSegment } from './ids';
import { protectedInstanceSchema, type ProtectedInstance } from './schemas';

/**
 * Day-two writes on protected instances and replication pairs (reference §2.1 I7–I12, T2, T3, T7,
 * R5, R6). Note the API's mixed body shapes: some wrapped (`resize`, `replicationAttachment`),
 * some flat (NICs, tag batches, the tag query).
 */
const jobIdSchema = z.looseObject({ job_id: z.string() });
const instancePath = (id: string) => `/protected-instances/${idSegment(id)}`;
const jobOf = async (cloud: Cloud, method: 'POST' | 'DELETE', path: string, body?: unknown) =>
  (await cloud.call('sdrs', { method, path, body }, jobIdSchema)).job_id;

/** I7: synchronous. */
export async function renameProtectedInstance(cloud: Cloud, id: string, name: string): Promise<void> {
  await cloud.send('sdrs', { method: 'PUT', path: instancePath(id), body: { protected_instance: { name } } });
}

/** I8: the wrapper key is camelCase in the API. */
export const attachReplicationPair = (cloud: Cloud, id: string, pairId: string, device: string) =>
  jobOf(cloud, 'POST', `${instancePath(id)}/attachreplication`, {
    replicationAttachment: { replication_id: pairId, device },
  });

/** I9 */
export const detachReplicationPair = (cloud: Cloud, id: string, pairId: string) =>
  jobOf(cloud, 'DELETE', `${instancePath(id)}/detachreplication/${idSegment(pairId)}`);

export interface NicRequest {
  subnet_id: string;
  security_groups?: { id: string }[];
  ip_address?: string;
}

/** I10: flat body. */
export const addNic = (cloud: Cloud, id: string, req: NicRequest) =>
  jobOf(cloud, 'POST', `${instancePath(id)}/nic`, req);

/** I11: the NIC is named by its port id. */
export const deleteNic = (cloud: Cloud, id: string, portId: string) =>
  jobOf(cloud, 'POST', `${instancePath(id)}/nic/delete`, { nic_id: portId });

export type ResizeRequest = { flavorRef: string } | { production_flavorRef: string } | { dr_flavorRef: string };

/** I12: `flavorRef` resizes both servers. */
export const resizeProtectedInstance = (cloud: Cloud, id: string, req: ResizeRequest) =>
  jobOf(cloud, 'POST', `${instancePath(id)}/resize`, { resize: req });

export interface Tag {
  key: string;
  value: string;
}

/** T2 / T3: synchronous (204); creating overwrites the value of a key already there. */
export async function changeTags(cloud: Cloud, id: string, action: 'create' | 'delete', tags: Tag[]): Promise<void> {
  if (tags.length === 0) return;
  await cloud.send('sdrs', { method: 'POST', path: `${instancePath(id)}/tags/action`, body: { action, tags } });
}

const PAGE = 1000;
const tagQueryAnswer = z.looseObject({
  resources: z.array(z.looseObject({ resource_id: z.string(), resource_detail: protectedInstanceSchema })),
  total_count: z.coerce.number(),
});

/** T7: the instances carrying every given tag (AND over keys); `limit`/`offset` are strings in this API. */
export async function findInstancesByTags(cloud: Cloud, tags: Tag[]): Promise<ProtectedInstance[]> {
  const found: ProtectedInstance[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const body = {
      action: 'filter',
      limit: String(PAGE),
      offset: String(offset),
      tags: tags.map((t) => ({ key: t.key, values: t.value ? [t.value] : [] })),
    };
    const page = await cloud.call(
      'sdrs',
      { method: 'POST', path: '/protected-instances/resource_instances/action', body },
      tagQueryAnswer,
    );
    found.push(...page.resources.map((r) => r.resource_detail));
    if (page.resources.length < PAGE || found.length >= page.total_count) return found;
  }
}

/** T6: every tag key of the project with the values in use, for the search's suggestions. */
export async function listProjectTags(cloud: Cloud): Promise<{ key: string; values: string[] }[]> {
  const r = await cloud.call(
    'sdrs',
    { method: 'GET', path: '/protected-instances/tags' },
    z.looseObject({ tags: z.array(z.looseObject({ key: z.string(), values: z.array(z.string()).catch([]) })) }),
  );
  return r.tags;
}

const pairPath = (id: string) => `/replications/${idSegment(id)}`;

/** R5: synchronous. */
export async function renameReplicationPair(cloud: Cloud, id: string, name: string): Promise<void> {
  await cloud.send('sdrs', { method: 'PUT', path: pairPath(id), body: { replication: { name } } });
}

/** R6: the new size in whole GB. */
export const expandReplicationPair = (cloud: Cloud, id: string, newSize: number) =>
  jobOf(cloud, 'POST', `${pairPath(id)}/action`, { 'extend-replication': { new_size: newSize } });
