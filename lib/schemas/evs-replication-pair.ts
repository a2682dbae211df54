import { z } from 'zod';
import { idempotencyKey, sdrsDescription, sdrsName } from './rules';

/**
 * The deprecated EVS pair API allows 255-byte names; the console keeps the SDRS rule so that names
 * stay valid wherever they are shown or migrated.
 */
export const evsReplicationPairSchema = z
  .object({
    name: sdrsName,
    description: sdrsDescription,
    productionVolumeId: z.string().min(1, 'Choose the production disk.'),
    drVolumeId: z.string().min(1, 'Choose the DR disk.'),
    idempotencyKey,
  })
  .refine((v) => !v?.drVolumeId || v.productionVolumeId !== v.drVolumeId, {
    path: ['drVolumeId'],
    message: 'The DR disk must be another disk.',
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

export type EvsReplicationPairInput = z.infer<typeof evsReplicationPairSchema>;
