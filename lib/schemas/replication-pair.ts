import { z } from 'zod';
import { idempotencyKey, sdrsDescription, sdrsName } from './rules';

export const replicationPairSchema = z.object({
  serverGroupId: z.string().min(1, 'Choose a protection group.'),
  volumeId: z.string().min(1, 'Choose the production disk.'),
  name: sdrsName,
  description: sdrsDescription,
  idempotencyKey,
});

export type ReplicationPairInput = z.infer<typeof replicationPairSchema>;
