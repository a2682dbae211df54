import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { idSegment } from './ids';
import { allPages } from './paging';
import { activeDomainSchema, drillSchema, type ActiveDomain, type Drill } from './schemas';

/** Protection-group writes, group actions and DR drills (reference §2.1 D1, G1, G4–G9, X1–X5, I5, R4). */
const jobIdSchema = z.looseObject({ job_id: z.string() });

export async function listActiveDomains(cloud: Cloud): Promise<ActiveDomain[]> {
  const r = await cloud.call(
    'sdrs',
    { method: 'GET', path: '/active-domains' },
    z.looseObject({ domains: z.array(activeDomainSchema) }),
  );
  return r.domains;
}

export interface ProtectionGroupRequest {
  name: string;
  description?: string;
  source_availability_zone: string;
  target_availability_zone: string;
  domain_id: string;
  source_vpc_id: string;
}

export async function createProtectionGroup(cloud: Cloud, req: ProtectionGroupRequest): Promise<string> {
  const body = { server_group: { ...req, dr_type: 'migration' } };
  return (await cloud.call('sdrs', { method: 'POST', path: '/server-groups', body }, jobIdSchema)).job_id;
}

export async function deleteProtectionGroup(cloud: Cloud, id: string): Promise<string> {
  return (await cloud.call('sdrs', { method: 'DELETE', path: `/server-groups/${idSegment(id)}` }, jobIdSchema)).job_id;
}

/** G5: synchronous; the answer is the renamed group. */
export async function renameProtectionGroup(cloud: Cloud, id: string, name: string): Promise<void> {
  await cloud.send('sdrs', {
    method: 'PUT',
    path: `/server-groups/${idSegment(id)}`,
    body: { server_group: { name } },
  });
}

/** G6–G9 share one URL; the body's single key picks the action. */
export type GroupActionKey =
  'start-server-group' | 'stop-server-group' | 'reverse-server-group' | 'failover-server-group';

export async function runGroupAction(
  cloud: Cloud,
  id: string,
  action: GroupActionKey,
  options: { priority_station?: 'source' | 'target' } = {},
): Promise<string> {
  const body = { [action]: options };
  const path = `/server-groups/${idSegment(id)}/action`;
  return (await cloud.call('sdrs', { method: 'POST', path, body }, jobIdSchema)).job_id;
}

const PAGE = 1000;

/** The drills of one group, or of the whole project. */
export async function listDrills(cloud: Cloud, groupId?: string): Promise<Drill[]> {
  const schema = z.looseObject({ disaster_recovery_drills: z.array(drillSchema), count: z.coerce.number().optional() });
  return allPages(async (index) => {
    const page = await cloud.call(
      'sdrs',
      {
        method: 'GET',
        path: '/disaster-recovery-drills',
        query: { server_group_id: groupId, limit: PAGE, offset: index * PAGE },
      },
      schema,
    );
    return { items: page.disaster_recovery_drills, total: page.count ?? page.disaster_recovery_drills.length };
  }, PAGE);
}

export async function createDrill(
  cloud: Cloud,
  req: { server_group_id: string; name: string; drill_vpc_id?: string },
): Promise<string> {
  const body = { disaster_recovery_drill: req };
  return (await cloud.call('sdrs', { method: 'POST', path: '/disaster-recovery-drills', body }, jobIdSchema)).job_id;
}

export async function deleteDrill(cloud: Cloud, id: string): Promise<string> {
  const path = `/disaster-recovery-drills/${idSegment(id)}`;
  return (await cloud.call('sdrs', { method: 'DELETE', path }, jobIdSchema)).job_id;
}

/** I5: the DR server and its EIP go only when asked; the flat body is the API's own. */
export async function deleteProtectedInstance(
  cloud: Cloud,
  id: string,
  options: { delete_target_server: boolean; delete_target_eip: boolean },
): Promise<string> {
  const path = `/protected-instances/${idSegment(id)}`;
  return (await cloud.call('sdrs', { method: 'DELETE', path, body: options }, jobIdSchema)).job_id;
}

/** R4: the DR disk stays unless asked. */
export async function deleteReplicationPair(
  cloud: Cloud,
  id: string,
  options: { server_group_id: string; delete_target_volume: boolean },
): Promise<string> {
  const path = `/replications/${idSegment(id)}`;
  return (await cloud.call('sdrs', { method: 'DELETE', path, body: { replication: options } }, jobIdSchema)).job_id;
}
