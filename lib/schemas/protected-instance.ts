import { z } from 'zod';
import { ipProblem } from './ip';
import { idempotencyKey, sdrsDescription, sdrsName, tagsSchema } from './rules';

export interface SubnetOption {
  id: string;
  name: string;
  cidr: string;
  gateway_ip: string;
}

/** Types and the first parse; `protectedInstanceSchema` adds the subnet-aware IP rule. */
export const protectedInstanceBaseSchema = z.object({
  serverGroupId: z.string().min(1, 'Choose a protection group.'),
  serverId: z.string().min(1, 'Choose the production server.'),
  name: sdrsName,
  description: sdrsDescription,
  subnetId: z.string(),
  ipAddress: z.string().trim(),
  flavorRef: z.string(),
  tags: tagsSchema,
  idempotencyKey,
});

/**
 * The create-protected-instance input. The DR IP needs the chosen subnet's CIDR, so the schema is
 * built with the subnets the form offered (browser) or fetched again (server).
 */
export function protectedInstanceSchema(subnets: readonly SubnetOption[]) {
  return protectedInstanceBaseSchema.superRefine(
    (v, ctx) => {
      // Runs even while other fields are invalid (see `when`), so the value is checked defensively.
      const subnetId = typeof v?.subnetId === 'string' ? v.subnetId : '';
      const ip = typeof v?.ipAddress === 'string' ? v.ipAddress.trim() : '';
      if (subnetId && !subnets.some((s) => s.id === subnetId)) {
        ctx.addIssue({ code: 'custom', path: ['subnetId'], message: "Choose a subnet of the protection group's VPC." });
      }
      if (ip) {
        const subnet = subnets.find((s) => s.id === subnetId);
        if (!subnet) {
          ctx.addIssue({
            code: 'custom',
            path: ['ipAddress'],
            message: 'Choose a DR subnet first: a fixed IP applies only with a subnet.',
          });
        } else {
          const problem = ipProblem(ip, subnet);
          if (problem) ctx.addIssue({ code: 'custom', path: ['ipAddress'], message: problem });
        }
      }
    },
    // Show the IP problem together with the others, not only once every other field is right.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

export type ProtectedInstanceInput = z.infer<typeof protectedInstanceBaseSchema>;
