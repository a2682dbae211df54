import { stableHex } from '../core/ids';
import { REGION } from '../core/region';

/** Where a service lives under the simulator's single origin; `$(tenant_id)s` as IAM templates it. */
interface Service {
  type: string;
  name: string;
  path: string;
}

const TENANT = '$(tenant_id)s';

/**
 * The services the token's catalog names: OTC's own types (`sdrs`, `evs`, `ecs`, `vpc`) beside the
 * OpenStack types the standard clients look for, served over the same data (Cinder v2 and v3 over
 * EVS, Nova over ECS, Neutron over VPC).
 */
const SERVICES: Service[] = [
  { type: 'identity', name: 'keystone', path: '/v3' },
  { type: 'sdrs', name: 'sdrs', path: `/v1/${TENANT}` },
  { type: 'evs', name: 'evs', path: `/v2/${TENANT}` },
  { type: 'volumev2', name: 'cinderv2', path: `/v2/${TENANT}` },
  { type: 'volumev3', name: 'cinderv3', path: `/v3/${TENANT}` },
  { type: 'ecs', name: 'ecs', path: `/v1/${TENANT}` },
  { type: 'compute', name: 'nova', path: `/v2.1/${TENANT}` },
  { type: 'vpc', name: 'vpc', path: `/v1/${TENANT}` },
  { type: 'network', name: 'neutron', path: '' },
  { type: 'image', name: 'glance', path: '/image' },
];

// Ids as IAM shows them: 32 hex digits, the same on every read.
const serviceId = (s: Service) => stableHex(`service:${s.type}`);
const endpointId = (s: Service) => stableHex(`endpoint:${s.type}:${REGION}:public`);

/**
 * The token's (and `GET /v3/auth/catalog`'s) catalog, URLs filled in for the project. A caller with
 * no project (AK/SK without `X-Project-Id`) gets, as from Keystone, only the services whose URLs
 * need none.
 */
export function catalogFor(origin: string, projectId: string | null) {
  const usable = projectId === null ? SERVICES.filter((s) => !s.path.includes(TENANT)) : SERVICES;
  return usable.map((s) => ({
    type: s.type,
    id: serviceId(s),
    name: s.name,
    endpoints: [
      {
        id: endpointId(s),
        interface: 'public',
        region: REGION,
        region_id: REGION,
        url: `${origin}${projectId === null ? s.path : s.path.replace(TENANT, projectId)}`,
      },
    ],
  }));
}

/** `GET /v3/services`: what clients that sign requests (and hold no token) build a catalog from. */
export function servicesView(origin: string) {
  return SERVICES.map((s) => ({
    id: serviceId(s),
    type: s.type,
    name: s.name,
    enabled: true,
    description: '',
    links: { self: `${origin}/v3/services/${serviceId(s)}` },
  }));
}

/** `GET /v3/endpoints`: URLs keep IAM's `$(tenant_id)s` template, which clients fill in. */
export function endpointsView(origin: string) {
  return SERVICES.map((s) => ({
    id: endpointId(s),
    service_id: serviceId(s),
    interface: 'public',
    region: REGION,
    region_id: REGION,
    url: `${origin}${s.path}`,
    enabled: true,
    links: { self: `${origin}/v3/endpoints/${endpointId(s)}` },
  }));
}
