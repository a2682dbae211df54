'use server';

import { checkDeleteInstance, verdictText, type Verdict } from '@/lib/dr/cycle-rules';
import {
  attachablePairs,
  loadInstanceContext,
  pairsOfInstance,
  usedDevices,
  type InstanceContext,
} from '@/lib/dr/instance-context';
import {
  checkAddNic,
  checkAttach,
  checkDeleteNic,
  checkDetach,
  checkResize,
  checkTags,
  flavorProblem,
} from '@/lib/dr/instance-rules';
import { loadFlavorChoices } from '@/lib/dr/resize-options';
import type { Cloud } from '@/lib/otc/cloud';
import { getProtectedInstance } from '@/lib/otc/sdrs';
import { deleteProtectedInstance as sendDelete } from '@/lib/otc/sdrs-groups';
import {
  addNic as sendAddNic,
  attachReplicationPair,
  changeTags,
  deleteNic as sendDeleteNic,
  detachReplicationPair,
  renameProtectedInstance as sendRename,
  resizeProtectedInstance,
  type ResizeRequest,
} from '@/lib/otc/sdrs-instances';
import { listSecurityGroups, listSubnets } from '@/lib/otc/vpc';
import { deleteInstanceSchema } from '@/lib/schemas/cycle';
import {
  addNicSchema,
  attachSchema,
  deleteNicSchema,
  detachSchema,
  editTagsSchema,
  resizeSchema,
} from '@/lib/schemas/day-two';
import { renameAction } from '@/lib/write/rename-action';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';

const refusal = (v: Verdict, field = WHOLE_ACTION): Record<string, string> => {
  const text = verdictText(v);
  return text ? { [field]: text } : {};
};

const load = (cloud: Cloud, input: { instanceId: string }) => loadInstanceContext(cloud, input.instanceId);

/** What the ledger records for an operation on the instance. */
const onInstance = (ctx: InstanceContext, jobType: string, params: object = {}) => ({
  kind: 'sdrs-job' as const,
  jobType,
  targetKind: 'protected-instance' as const,
  targetName: ctx.instance.name,
  targetId: ctx.instance.id,
  params: { instanceId: ctx.instance.id, group: ctx.group.name, ...params },
});

/** Deletes a protected instance; the DR server and its EIP go only when the user asked. */
export const deleteProtectedInstance = writeAction({
  action: 'deleteProtectedInstance',
  permission: 'delete-resource',
  schema: deleteInstanceSchema,
  load,
  check: (_input, ctx) => refusal(checkDeleteInstance(ctx.instance.status, ctx.group.status)),
  job: (input, ctx) =>
    onInstance(ctx, 'deleteProtectedInstanceNoCG', {
      ...input,
      groupId: ctx.group.id,
      // The pairs stay in the group; the job page offers to delete them afterwards.
      keptPairs: pairsOfInstance(ctx).map(({ id, name }) => ({ id, name })),
    }),
  send: async (cloud, input) => ({
    cloudJobId: await sendDelete(cloud, input.instanceId, {
      delete_target_server: input.deleteDrServer,
      delete_target_eip: input.releaseEip,
    }),
    targetId: input.instanceId,
  }),
});

/** I7: synchronous, audited; support staff may rename. */
export const renameProtectedInstance = renameAction({
  action: 'renameProtectedInstance',
  permission: 'rename-resource',
  targetKind: 'protected-instance',
  idParam: 'instanceId',
  read: getProtectedInstance,
  rename: sendRename,
});

/** T2/T3: the whole list as it should be; only the difference is sent. */
export const editInstanceTags = writeAction({
  action: 'editInstanceTags',
  permission: 'manage-tags',
  schema: editTagsSchema,
  load: (cloud, input) => getProtectedInstance(cloud, input.instanceId),
  check: (input, instance) => refusal(checkTags({ instanceStatus: instance.status, count: input.tags.length })),
  job: (input, instance) => ({
    kind: 'sync',
    jobType: 'editInstanceTags',
    targetKind: 'protected-instance',
    targetName: instance.name,
    targetId: instance.id,
    params: { instanceId: instance.id, tags: input.tags },
  }),
  send: async (cloud, input, instance) => {
    const wanted = new Map(input.tags.map((t) => [t.key, t.value]));
    const removed = instance.tags.filter((t) => !wanted.has(t.key));
    const changed = input.tags.filter((t) => !instance.tags.some((o) => o.key === t.key && o.value === t.value));
    // Creating overwrites a key's value, so only keys that are gone need a delete.
    await changeTags(
      cloud,
      input.instanceId,
      'delete',
      removed.map((t) => ({ key: t.key, value: t.value })),
    );
    await changeTags(cloud, input.instanceId, 'create', changed);
    return { cloudJobId: null, targetId: input.instanceId };
  },
  stay: true,
});

export const attachPair = writeAction({
  action: 'attachReplicationPair',
  permission: 'change-resource',
  schema: attachSchema,
  load,
  check: (input, ctx) => {
    const pair = attachablePairs(ctx).find((p) => p.id === input.pairId);
    if (!pair) return { pairId: 'This pair cannot be attached here: it is attached elsewhere or gone.' };
    const holder = pair.attachment[0]?.protected_instance ?? null;
    return refusal(
      checkAttach({
        groupStatus: ctx.group.status,
        instanceStatus: ctx.instance.status,
        pair: {
          status: pair.status,
          groupId: pair.server_group_id,
          attachedTo: holder,
          shared: pair.record_metadata?.multiattach === true,
        },
        groupId: ctx.group.id,
        device: input.device,
        usedDevices: usedDevices(ctx),
        serverStopped: ctx.production?.status === 'SHUTOFF',
      }),
      'device',
    );
  },
  job: (input, ctx) =>
    onInstance(ctx, 'attachReplicationPairNew', {
      pair: ctx.pairs.find((p) => p.id === input.pairId)?.name,
      device: input.device,
    }),
  send: async (cloud, input) => ({
    cloudJobId: await attachReplicationPair(cloud, input.instanceId, input.pairId, input.device),
    targetId: input.instanceId,
  }),
});

export const detachPair = writeAction({
  action: 'detachReplicationPair',
  permission: 'change-resource',
  schema: detachSchema,
  load,
  check: (input, ctx) => {
    const attachment = ctx.instance.attachment.find((a) => a.replication === input.pairId);
    const pair = ctx.pairs.find((p) => p.id === input.pairId);
    if (!attachment || !pair) return { [WHOLE_ACTION]: 'This pair is not attached to the instance (SDRS.1604).' };
    return refusal(
      checkDetach({
        groupStatus: ctx.group.status,
        instanceStatus: ctx.instance.status,
        pairStatus: pair.status,
        device: attachment.device,
        serverStatus: ctx.production?.status ?? 'UNKNOWN',
      }),
    );
  },
  job: (input, ctx) =>
    onInstance(ctx, 'detachReplicationPairNew', { pair: ctx.pairs.find((p) => p.id === input.pairId)?.name }),
  send: async (cloud, input) => ({
    cloudJobId: await detachReplicationPair(cloud, input.instanceId, input.pairId),
    targetId: input.instanceId,
  }),
});

export const resizeInstance = writeAction({
  action: 'resizeProtectedInstance',
  permission: 'change-resource',
  schema: resizeSchema,
  load: async (cloud, input) => {
    const ctx = await loadInstanceContext(cloud, input.instanceId);
    return { ...ctx, flavors: await loadFlavorChoices(cloud, ctx) };
  },
  check: (input, ctx) =>
    refusal(
      checkResize({
        groupStatus: ctx.group.status,
        instanceStatus: ctx.instance.status,
        target: input.target,
        flavorId: input.flavorId,
        production: {
          flavorId: ctx.production?.flavor.id ?? '',
          status: ctx.production?.status ?? 'UNKNOWN',
          name: ctx.production?.name ?? 'production server',
        },
        dr: {
          flavorId: ctx.dr?.flavor.id ?? '',
          status: ctx.dr?.status ?? 'UNKNOWN',
          name: ctx.dr?.name ?? 'DR server',
        },
        flavorProblem: flavorProblem(
          ctx.flavors.find((f) => f.id === input.flavorId),
          input.target,
        ),
      }),
      'flavorId',
    ),
  job: (input, ctx) => onInstance(ctx, 'resizeProtectedInstanceNew', { target: input.target, flavor: input.flavorId }),
  send: async (cloud, input) => {
    const req: ResizeRequest =
      input.target === 'both'
        ? { flavorRef: input.flavorId }
        : input.target === 'production'
          ? { production_flavorRef: input.flavorId }
          : { dr_flavorRef: input.flavorId };
    return { cloudJobId: await resizeProtectedInstance(cloud, input.instanceId, req), targetId: input.instanceId };
  },
});

/** A refusal about the subnet or the address is shown at that field. */
const NIC_FIELD_OF_CODE: Record<string, string> = { 'SDRS.1335': 'subnetId', 'SDRS.0219': 'ip', 'SDRS.1334': 'ip' };

export const addInstanceNic = writeAction({
  action: 'addNic',
  permission: 'change-resource',
  schema: addNicSchema,
  load: async (cloud, input) => {
    const ctx = await loadInstanceContext(cloud, input.instanceId);
    const [subnets, securityGroups] = await Promise.all([
      listSubnets(cloud, ctx.group.source_vpc_id),
      listSecurityGroups(cloud, ctx.group.source_vpc_id),
    ]);
    return { ...ctx, subnets, securityGroups };
  },
  check: (input, ctx) => {
    const subnet = ctx.subnets.find((s) => s.id === input.subnetId);
    const verdict = checkAddNic({
      groupStatus: ctx.group.status,
      instanceStatus: ctx.instance.status,
      groupVpcId: ctx.group.source_vpc_id,
      nicCount: ctx.nics.length,
      subnet: subnet ? { id: subnet.id, vpcId: subnet.vpc_id, cidr: subnet.cidr, gateway: subnet.gateway_ip } : null,
      ip: input.ip,
      takenIps: ctx.nics.map((n) => n.ip),
    });
    const field = (!verdict.ok && verdict.code && NIC_FIELD_OF_CODE[verdict.code]) || WHOLE_ACTION;
    const unknownGroups = input.securityGroupIds.filter((id) => !ctx.securityGroups.some((g) => g.id === id));
    return {
      ...refusal(verdict, field),
      ...(unknownGroups.length > 0 ? { securityGroupIds: "Choose security groups of the group's VPC." } : {}),
    };
  },
  job: (input, ctx) =>
    onInstance(ctx, 'addNicNew', {
      subnet: ctx.subnets.find((s) => s.id === input.subnetId)?.name,
      ip: input.ip || 'automatic',
    }),
  send: async (cloud, input) => ({
    cloudJobId: await sendAddNic(cloud, input.instanceId, {
      subnet_id: input.subnetId,
      ...(input.securityGroupIds.length > 0 ? { security_groups: input.securityGroupIds.map((id) => ({ id })) } : {}),
      ...(input.ip ? { ip_address: input.ip } : {}),
    }),
    targetId: input.instanceId,
  }),
});

export const deleteInstanceNic = writeAction({
  action: 'deleteNic',
  permission: 'change-resource',
  schema: deleteNicSchema,
  load,
  check: (input, ctx) =>
    refusal(
      checkDeleteNic({
        groupStatus: ctx.group.status,
        instanceStatus: ctx.instance.status,
        nic: ctx.nics.find((n) => n.portId === input.portId) ?? null,
      }),
    ),
  job: (input, ctx) => onInstance(ctx, 'deleteNicNew', { ip: ctx.nics.find((n) => n.portId === input.portId)?.ip }),
  send: async (cloud, input) => ({
    cloudJobId: await sendDeleteNic(cloud, input.instanceId, input.portId),
    targetId: input.instanceId,
  }),
});
