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

/** A base URL the settings name for the service: its own, else the common one. */
const configuredBase = (settings: EndpointSettings, service: Service): string | undefined =>
  settings.overrides?.[service === 'compute' ? 'ecs' : service] ?? settings.common;

/** Where a service answers before any project is known: its configured URL, else the region's. */
export const serviceRoot = (settings: EndpointSettings, service: Service): string =>
  trim(configuredBase(settings, service) ?? `https://${HOST[service]}.${settings.region}.otc.t-systems.com`);

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
    const fromCatalog = configuredBase(settings, service) ? undefined : catalog[service];
    result[service] = fromCatalog
      ? trim(fromCatalog)
      : `${serviceRoot(settings, service)}/${VERSION[service]}/${projectId}`;
  }
  return result;
}
