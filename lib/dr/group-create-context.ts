import 'server-only';
import type { Cloud } from '../otc/cloud';
import type { ActiveDomain, Vpc } from '../otc/schemas';
import { listActiveDomains } from '../otc/sdrs-groups';
import { listVpcs } from '../otc/vpc';

/** What creating a protection group chooses from: the active-active domains and the VPCs. */
export interface GroupCreateContext {
  domains: ActiveDomain[];
  vpcs: Vpc[];
}

export async function loadGroupCreateContext(cloud: Cloud): Promise<GroupCreateContext> {
  const [domains, vpcs] = await Promise.all([listActiveDomains(cloud), listVpcs(cloud)]);
  return { domains, vpcs };
}

/** A domain's two AZs; either may run production, the other is then the DR site. */
export const domainAzs = (d: ActiveDomain): [string, string] => [
  d.local_replication_cluster.availability_zone,
  d.remote_replication_cluster.availability_zone,
];

/** Why the chosen domain, production AZ and VPC cannot make a group, per field (empty when they can). */
export function groupCreateProblems(
  ctx: GroupCreateContext,
  input: { domainId: string; productionAz: string; vpcId: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const domain = ctx.domains.find((d) => d.id === input.domainId);
  if (!domain) problems.domainId = 'This active-active domain is not offered in the project.';
  else if (domain.sold_out) problems.domainId = 'This active-active domain is sold out; choose another.';
  else if (!domainAzs(domain).includes(input.productionAz))
    problems.productionAz = `Production must run in one of the domain's AZs (${domainAzs(domain).join(' or ')}).`;
  if (!ctx.vpcs.some((v) => v.id === input.vpcId)) problems.vpcId = 'This VPC no longer exists.';
  return problems;
}
