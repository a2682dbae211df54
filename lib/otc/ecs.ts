import 'server-only';
import { z } from 'zod';
import type { Cloud } from './cloud';
import { allPages } from './paging';
import { idSegment } from './ids';
import { flavorSchema, jobSchema, serverSchema, type CloudJob, type CloudServer, type Flavor } from './schemas';

const PAGE = 1000;

/** Every server of the project (`offset` is a page number in this API). */
export async function listServers(cloud: Cloud): Promise<CloudServer[]> {
  const schema = z.looseObject({ count: z.coerce.number(), servers: z.array(serverSchema) });
  return allPages(async (index) => {
    const page = await cloud.call(
      'ecs',
      { method: 'GET', path: '/cloudservers/detail', query: { limit: PAGE, offset: index + 1 } },
      schema,
    );
    return { items: page.servers, total: page.count };
  }, PAGE);
}

export async function listFlavors(cloud: Cloud, availabilityZone: string): Promise<Flavor[]> {
  const r = await cloud.call(
    'ecs',
    { method: 'GET', path: '/cloudservers/flavors', query: { availability_zone: availabilityZone } },
    z.looseObject({ flavors: z.array(flavorSchema) }),
  );
  return r.flavors;
}

/** A flavor sold out in an AZ cannot be bought there (`cond:operation:*`). */
export function flavorAvailableIn(f: Flavor, az: string): boolean {
  const status = f.os_extra_specs['cond:operation:status'];
  if (status === 'sellout' || status === 'abandon') return false;
  const perAz = f.os_extra_specs['cond:operation:az'];
  return !perAz || !new RegExp(`${az}\\((sellout|abandon)\\)`).test(perAz);
}

/** ECS batch start or stop (reference §5.5): one job for every server, followed with `getEcsJob`. */
export async function powerServers(cloud: Cloud, action: 'os-start' | 'os-stop', serverIds: string[]): Promise<string> {
  const servers = serverIds.map((id) => ({ id: idSegment(id) }));
  const body = { [action]: action === 'os-stop' ? { type: 'SOFT', servers } : { servers } };
  const r = await cloud.call(
    'ecs',
    { method: 'POST', path: '/cloudservers/action', body },
    z.looseObject({ job_id: z.string() }),
  );
  return r.job_id;
}

export const getEcsJob = (cloud: Cloud, jobId: string): Promise<CloudJob> =>
  cloud.call('ecs', { method: 'GET', path: `/jobs/${idSegment(jobId)}` }, jobSchema);

export async function getServer(cloud: Cloud, id: string): Promise<CloudServer> {
  const r = await cloud.call(
    'ecs',
    { method: 'GET', path: `/cloudservers/${idSegment(id)}` },
    z.looseObject({ server: serverSchema }),
  );
  return r.server;
}

/** The flavors a server of this flavor can be resized to (reference §5.3). */
export async function listResizeFlavors(cloud: Cloud, sourceFlavorId: string): Promise<string[]> {
  const r = await cloud.call(
    'ecs',
    { method: 'GET', path: '/cloudservers/resize_flavors', query: { source_flavor_id: sourceFlavorId } },
    z.looseObject({ flavors: z.array(z.looseObject({ id: z.string() })) }),
  );
  return r.flavors.map((f) => f.id);
}

export interface ServerNic {
  portId: string;
  ip: string;
  /** [inferred] ECS lists the primary NIC first; the API has no flag for it. */
  primary: boolean;
}

/** The server's fixed addresses, one per NIC, in the order ECS lists them. */
export function serverNics(server: CloudServer): ServerNic[] {
  return Object.values(server.addresses)
    .flat()
    .filter((a) => (a['OS-EXT-IPS:type'] ?? 'fixed') === 'fixed')
    .map((a, i) => ({ portId: a['OS-EXT-IPS:port_id'] ?? '', ip: a.addr, primary: i === 0 }));
}
