/** The services the console calls, by the catalog type that names them. */
export type Service = 'sdrs' | 'evs' | 'ecs' | 'compute' | 'vpc';

export type Endpoints = Record<Service, string>;

/** Version path each service's base URL carries (the project id is appended). */
const VERSION: Record<Service, string> = { sdrs: 'v1', evs: 'v2', ecs: 'v1', compute: 'v2.1', vpc: 'v1' };
const HOST: Record<Service, string> = { sdrs: 'sdrs', evs: 'evs', ecs: 'ecs', compute: 'ecs', vpc: 'vpc' };

export interface EndpointSettings {
  region: string;
  /** One base URL for every service (the simulated cloud). */
  common?: string;
  /** Per-service base URLs. */
  overrides?: Partial<Record<'sdrs' | 'evs' | 'ecs' | 'vpc', string | undefined>>;
}

const trim = (u: string) => u.replace(/\/+$/, '');

/**
 * Where each service lives for a project: an explicit per-service URL wins, then the common URL,
 * then the token's catalog, then the region's public endpoints.
 */
export function resolveEndpoints(
  settings: EndpointSettings,
  projectId: string,
  catalog: Record<string, string> = {},
): Endpoints {
  const result = {} as Endpoints;
  for (const service of Object.keys(VERSION) as Service[]) {
    const overrideKey = service === 'compute' ? 'ecs' : service;
    const base = settings.overrides?.[overrideKey] ?? settings.common;
    if (base) {
      result[service] = `${trim(base)}/${VERSION[service]}/${projectId}`;
    } else if (catalog[service]) {
      result[service] = trim(catalog[service]);
    } else {
      result[service] =
        `https://${HOST[service]}.${settings.region}.otc.t-systems.com/${VERSION[service]}/${projectId}`;
    }
  }
  return result;
}
