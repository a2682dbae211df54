'use server';

import {
  checkDeleteDrill,
  checkGroupAction,
  drillVpcProblem,
  verdictText,
  type CycleAction,
} from '@/lib/dr/cycle-rules';
import { loadGroupContext, type GroupContext } from '@/lib/dr/group-context';
import type { Cloud } from '@/lib/otc/cloud';
import { powerServers as sendPower } from '@/lib/otc/ecs';
import {
  createDrill as sendCreateDrill,
  deleteDrill as sendDeleteDrill,
  deleteProtectionGroup as sendDeleteGroup,
  renameProtectionGroup as sendRename,
  runGroupAction,
} from '@/lib/otc/sdrs-groups';
import { getProtectionGroup } from '@/lib/otc/sdrs';
import { listVpcs } from '@/lib/otc/vpc';
import {
  confirmedGroupActionSchema,
  deleteDrillSchema,
  drillSchema,
  groupActionSchema,
  powerServersSchema,
  type GroupActionInput,
} from '@/lib/schemas/cycle';
import { renameAction } from '@/lib/write/rename-action';
import { WHOLE_ACTION } from '@/lib/write/result';
import { writeAction } from '@/lib/write/write-path';
import { GROUP_OPERATIONS, type GroupOperation } from '@/lib/dr/group-operations';

/** The rule's refusal as the form shows it, or no refusal. */
const refusal = (action: CycleAction, ctx: GroupContext): Record<string, string> => {
  const text = verdictText(checkGroupAction(action, ctx.facts));
  return text ? { [WHOLE_ACTION]: text } : {};
};

const load = (cloud: Cloud, input: { groupId: string }) => loadGroupContext(cloud, input.groupId);

const onGroup = (ctx: GroupContext, jobType: string, params: object = {}) => ({
  kind: 'sdrs-job' as const,
  jobType,
  targetKind: 'protection-group' as const,
  targetName: ctx.group.name,
  targetId: ctx.group.id,
  params: { groupId: ctx.group.id, group: ctx.group.name, ...params },
});

/** The group actions behind one URL, each on the write path with its own rule and job type. */
function groupAction(op: GroupOperation) {
  return writeAction({
    action: op.rule,
    permission: 'run-group-action',
    schema: groupActionSchema,
    load,
    check: (_input: GroupActionInput, ctx) => refusal(op.rule, ctx),
    job: (_input, ctx) => onGroup(ctx, op.jobType, op.options(ctx.group)),
    send: async (cloud, input, ctx) => ({
      cloudJobId: await runGroupAction(cloud, input.groupId, op.key, op.options(ctx.group)),
      targetId: ctx.group.id,
    }),
  });
}

export const enableProtection = groupAction(GROUP_OPERATIONS.enable);
export const disableProtection = groupAction(GROUP_OPERATIONS.disable);
export const reprotect = groupAction(GROUP_OPERATIONS.reprotect);
export const switchover = groupAction(GROUP_OPERATIONS.switchover);

const typedName = (input: { confirmName: string }, ctx: GroupContext): Record<string, string> =>
  input.confirmName.trim() === ctx.group.name
    ? {}
    : { confirmName: `Type the group's name, ${ctx.group.name}, to confirm.` };

export const failover = writeAction({
  action: 'failover',
  permission: 'run-group-action',
  schema: confirmedGroupActionSchema,
  load,
  check: (input, ctx) => ({ ...typedName(input, ctx), ...refusal('failover', ctx) }),
  job: (_input, ctx) => onGroup(ctx, GROUP_OPERATIONS.failover.jobType),
  send: async (cloud, input, ctx) => ({
    cloudJobId: await runGroupAction(cloud, input.groupId, GROUP_OPERATIONS.failover.key),
    targetId: ctx.group.id,
  }),
});

export const deleteProtectionGroup = writeAction({
  action: 'deleteProtectionGroup',
  permission: 'delete-resource',
  schema: confirmedGroupActionSchema,
  load,
  check: (input, ctx) => ({ ...typedName(input, ctx), ...refusal('deleteGroup', ctx) }),
  job: (_input, ctx) => onGroup(ctx, 'deleteProtectionGroupNoCG'),
  send: async (cloud, input, ctx) => ({
    cloudJobId: await sendDeleteGroup(cloud, input.groupId),
    targetId: ctx.group.id,
  }),
});

export const renameProtectionGroup = renameAction({
  action: 'renameProtectionGroup',
  permission: 'run-group-action',
  targetKind: 'protection-group',
  idParam: 'groupId',
  read: getProtectionGroup,
  rename: sendRename,
});

export const createDrill = writeAction({
  action: 'createDrill',
  permission: 'run-group-action',
  schema: drillSchema,
  load: async (cloud, input) => {
    const [ctx, vpcs] = await Promise.all([loadGroupContext(cloud, input.groupId), listVpcs(cloud)]);
    return { ...ctx, vpcs };
  },
  check: (input, ctx) => {
    const errors = refusal('createDrill', ctx);
    if (input.vpc === 'existing') {
      const vpc = ctx.vpcs.find((v) => v.id === input.vpcId);
      const groupCidr = ctx.vpcs.find((v) => v.id === ctx.group.source_vpc_id)?.cidr ?? null;
      const problem = vpc
        ? drillVpcProblem(vpc, { vpcId: ctx.group.source_vpc_id, vpcCidr: groupCidr })
        : 'This VPC no longer exists.';
      if (problem) errors.vpcId = problem;
    }
    return errors;
  },
  job: (input, ctx) => onGroup(ctx, 'createDisasterRecoveryDrill', { drill: input.name, vpc: input.vpc }),
  send: async (cloud, input, ctx) => ({
    cloudJobId: await sendCreateDrill(cloud, {
      server_group_id: input.groupId,
      name: input.name,
      ...(input.vpc === 'existing' ? { drill_vpc_id: input.vpcId } : {}),
    }),
    targetId: ctx.group.id,
  }),
});

export const deleteDrill = writeAction({
  action: 'deleteDrill',
  permission: 'delete-resource',
  schema: deleteDrillSchema,
  load,
  check: (input, ctx): Record<string, string> => {
    const drill = ctx.drills.find((d) => d.id === input.drillId);
    const text = drill ? verdictText(checkDeleteDrill(drill.status)) : 'This drill no longer exists.';
    return text ? { [WHOLE_ACTION]: text } : {};
  },
  job: (input, ctx) =>
    onGroup(ctx, 'deleteDisasterRecoveryDrill', { drill: ctx.drills.find((d) => d.id === input.drillId)?.name }),
  send: async (cloud, input, ctx) => ({
    cloudJobId: await sendDeleteDrill(cloud, input.drillId),
    targetId: ctx.group.id,
  }),
});

/** Starts or stops servers of the group (ECS batch); the dialog that asked follows them in place. */
export const powerServers = writeAction({
  action: 'powerServers',
  permission: 'run-group-action',
  schema: powerServersSchema,
  load,
  check: (input, ctx): Record<string, string> => {
    const ours = new Set(ctx.servers.map((s) => s.id));
    return input.serverIds.every((id) => ours.has(id))
      ? {}
      : { [WHOLE_ACTION]: 'Only servers of this protection group can be started or stopped here.' };
  },
  job: (input, ctx) => ({
    ...onGroup(ctx, input.action === 'os-stop' ? 'batchStopServers' : 'batchStartServers', {
      servers: ctx.servers.filter((s) => input.serverIds.includes(s.id)).map((s) => s.name),
    }),
    kind: 'ecs-job' as const,
  }),
  send: async (cloud, input, ctx) => ({
    cloudJobId: await sendPower(cloud, input.action, input.serverIds),
    targetId: ctx.group.id,
  }),
  stay: true,
});
