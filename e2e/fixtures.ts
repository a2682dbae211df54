import { expect } from '@playwright/test';
import { simAsOperator, simControl, simCreateGroup } from './support';

/**
 * Resources a journey makes for itself straight on the simulated cloud, as another tool would, so
 * no journey depends on what another left behind. Names carry a run-unique suffix.
 */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const json = async <T>(res: Response): Promise<T> => {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

/** Waits for a cloud job to end and returns its entities. */
export async function simJobDone(jobId: string): Promise<Record<string, unknown>> {
  let job: { status: string; entities: Record<string, unknown>; error_code?: string } = {
    status: 'INIT',
    entities: {},
  };
  await expect
    .poll(
      async () => {
        job = await json(await simAsOperator('GET', `/v1/{pid}/jobs/${jobId}`));
        return job.status;
      },
      { timeout: 30_000 },
    )
    .toMatch(/SUCCESS|FAIL/);
  if (job.status !== 'SUCCESS') throw new Error(`job ${jobId} failed: ${job.error_code}`);
  return job.entities;
}

/** A server bought for the journey (eu-de-01, the demo VPC), with a system disk and any data disks. */
export async function simServer(
  name: string,
  options: { status?: 'ACTIVE' | 'SHUTOFF'; flavor?: string; dataDisks?: number[] } = {},
): Promise<string> {
  const body = {
    name,
    status: options.status ?? 'ACTIVE',
    flavor: options.flavor ?? 's3.large.2',
    disks: [{ size: 40, type: 'SSD' }, ...(options.dataDisks ?? []).map((size) => ({ size, type: 'SSD' }))],
  };
  return (await json<{ server: { id: string } }>(await simControl('/servers', body))).server.id;
}

export async function simGroup(name: string): Promise<string> {
  const { job_id } = await json<{ job_id: string }>(await simCreateGroup(name));
  return String((await simJobDone(job_id)).server_group_id);
}

export async function simProtect(
  groupId: string,
  serverId: string,
  name: string,
  tags: { key: string; value: string }[] = [],
): Promise<string> {
  const body = { protected_instance: { server_group_id: groupId, server_id: serverId, name, tags } };
  const { job_id } = await json<{ job_id: string }>(await simAsOperator('POST', '/v1/{pid}/protected-instances', body));
  return String((await simJobDone(job_id)).protected_instance_id);
}

export async function simInstance(id: string) {
  return (
    await json<{
      protected_instance: {
        status: string;
        name: string;
        target_server: string;
        attachment: { replication: string; device: string }[];
        tags: { key: string; value: string }[];
      };
    }>(await simAsOperator('GET', `/v1/{pid}/protected-instances/${id}`))
  ).protected_instance;
}

export async function simServerDetail(id: string) {
  return (
    await json<{
      server: {
        flavor: { id: string };
        status: string;
        addresses: Record<string, { addr: string; 'OS-EXT-IPS:port_id': string }[]>;
      };
    }>(await simAsOperator('GET', `/v1/{pid}/cloudservers/${id}`))
  ).server;
}

export async function simVolume(id: string) {
  return (await json<{ volume: { size: number } }>(await simAsOperator('GET', `/v2/{pid}/volumes/${id}`))).volume;
}

export async function simPair(id: string) {
  return (
    await json<{ replication: { status: string; volume_ids: string; attachment: { device: string }[] } }>(
      await simAsOperator('GET', `/v1/{pid}/replications/${id}`),
    )
  ).replication;
}

/** Enables protection of a group straight on the cloud and waits for the first full synchronisation. */
export async function simEnable(groupId: string) {
  const res = await simAsOperator('POST', `/v1/{pid}/server-groups/${groupId}/action`, { 'start-server-group': {} });
  await simJobDone(((await res.json()) as { job_id: string }).job_id);
  await expect
    .poll(
      async () =>
        (
          (await (await simAsOperator('GET', `/v1/{pid}/server-groups/${groupId}`)).json()) as {
            server_group: { progress: number };
          }
        ).server_group.progress,
      { timeout: 30_000 },
    )
    .toBe(100);
}
