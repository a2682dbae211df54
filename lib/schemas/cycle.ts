import { z } from 'zod';
import { idempotencyKey, sdrsDescription, sdrsName } from './rules';

/**
 * Inputs of the DR cycle's writes, shared by their dialogs and their server actions. Ids are only
 * checked for shape here; whether the resource exists and may be acted on is the pre-flight rules'.
 */
const id = z.string().trim().min(1, 'Missing id.').max(64, 'Not an id.');

export const groupActionSchema = z.object({ groupId: id, idempotencyKey });
export type GroupActionInput = z.infer<typeof groupActionSchema>;

/** Failover and deleting a group are confirmed by typing the group's name. */
export const confirmedGroupActionSchema = groupActionSchema.extend({
  confirmName: z.string().max(64, 'Type the name of the group.'),
});
export type ConfirmedGroupActionInput = z.infer<typeof confirmedGroupActionSchema>;

export const powerServersSchema = z.object({
  groupId: id,
  action: z.enum(['os-start', 'os-stop']),
  serverIds: z.array(id).min(1, 'Choose at least one server.').max(100, 'At most 100 servers at a time.'),
  idempotencyKey,
});
export type PowerServersInput = z.infer<typeof powerServersSchema>;

export const drillSchema = z
  .object({
    groupId: id,
    name: sdrsName,
    vpc: z.enum(['new', 'existing']),
    vpcId: z.string().max(64),
    idempotencyKey,
  })
  .refine((v) => v?.vpc !== 'existing' || Boolean(v.vpcId), {
    path: ['vpcId'],
    message: 'Choose the VPC, or let the cloud create a new one.',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type DrillInput = z.infer<typeof drillSchema>;

export const deleteDrillSchema = z.object({ groupId: id, drillId: id, idempotencyKey });
export type DeleteDrillInput = z.infer<typeof deleteDrillSchema>;

export const deleteInstanceSchema = z.object({
  instanceId: id,
  deleteDrServer: z.boolean(),
  releaseEip: z.boolean(),
  idempotencyKey,
});
export type DeleteInstanceInput = z.infer<typeof deleteInstanceSchema>;

export const deletePairSchema = z.object({ pairId: id, deleteDrDisk: z.boolean(), idempotencyKey });
export type DeletePairInput = z.infer<typeof deletePairSchema>;

export const protectionGroupSchema = z.object({
  name: sdrsName,
  description: sdrsDescription,
  domainId: z.string().min(1, 'Choose the active-active domain.').max(64),
  productionAz: z.string().min(1, 'Choose where production runs.').max(64),
  vpcId: z.string().min(1, 'Choose the VPC of the production servers.').max(64),
  /** Created from the guided set-up, which the form then returns to. */
  guided: z.boolean().optional(),
  idempotencyKey,
});
export type ProtectionGroupInput = z.infer<typeof protectionGroupSchema>;

/** One failed task, by its resource; `scope` dismisses all of a group (`group`) or all (`all`). */
export const dismissTasksSchema = z.object({
  scope: z.enum(['one', 'group', 'all']),
  resourceId: z.string().max(64),
  groupId: z.string().max(64),
  idempotencyKey,
});
export type DismissTasksInput = z.infer<typeof dismissTasksSchema>;
