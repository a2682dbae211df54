import 'server-only';
import type { Permission } from '../auth/roles';
import type { NewJob } from '../jobs/server/ledger';
import type { Cloud } from '../otc/cloud';
import { renameSchema } from '../schemas/day-two';
import { writeAction } from './write-path';

interface RenameSpec {
  /** The action's name, also the job type the ledger records. */
  action: string;
  permission: Permission;
  targetKind: NewJob['targetKind'];
  /** The parameter the ledger names the resource's id by (`groupId`, `instanceId`, `pairId`). */
  idParam: string;
  read: (cloud: Cloud, id: string) => Promise<{ id: string; name: string }>;
  rename: (cloud: Cloud, id: string, name: string) => Promise<void>;
}

/**
 * A rename on the write path: synchronous in the API, so the ledger records it as done at once
 * (kind `sync`) and the dialog that asked closes on the new name. The same name is refused.
 */
export function renameAction(spec: RenameSpec) {
  return writeAction({
    action: spec.action,
    permission: spec.permission,
    schema: renameSchema,
    load: (cloud, input) => spec.read(cloud, input.targetId),
    check: (input, current): Record<string, string> =>
      input.name === current.name ? { name: 'That is the name it has already.' } : {},
    job: (input, current) => ({
      kind: 'sync',
      jobType: spec.action,
      targetKind: spec.targetKind,
      targetName: input.name,
      targetId: current.id,
      params: { [spec.idParam]: current.id, from: current.name, to: input.name },
    }),
    send: async (cloud, input) => {
      await spec.rename(cloud, input.targetId, input.name);
      return { cloudJobId: null, targetId: input.targetId };
    },
    stay: true,
  });
}
