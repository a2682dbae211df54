import 'server-only';
import type { Cloud } from '../otc/cloud';
import { listProtectedInstances, listProtectionGroups } from '../otc/sdrs';

/** Id → name maps, so tables can show names where the API gives ids. */
export async function groupNames(cloud: Cloud): Promise<Map<string, string>> {
  return new Map((await listProtectionGroups(cloud)).map((g) => [g.id, g.name]));
}

export async function instanceNames(cloud: Cloud): Promise<Map<string, string>> {
  return new Map((await listProtectedInstances(cloud)).map((i) => [i.id, i.name]));
}
