import 'server-only';
import { config } from '../config';
import type { EndpointSettings } from './endpoints';

/** The endpoint settings the configuration gives: the region, a common URL, per-service URLs. */
export function endpointSettings(): EndpointSettings {
  const c = config();
  return {
    region: c.OTC_REGION,
    common: c.OTC_ENDPOINT_URL,
    overrides: { sdrs: c.OTC_SDRS_URL, evs: c.OTC_EVS_URL, ecs: c.OTC_ECS_URL, vpc: c.OTC_VPC_URL },
  };
}
