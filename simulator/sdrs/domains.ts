import { stableUuid } from '../core/ids';

/** OTC has a single active-active domain (reference §2.4), here eu-de-01 ↔ eu-de-02. */
export const ACTIVE_DOMAIN = {
  id: stableUuid('active-domain:domain_001'),
  name: 'domain_001',
  description: 'active-active domain eu-de-01 / eu-de-02',
  local_az: 'eu-de-01',
  remote_az: 'eu-de-02',
} as const;

export const DOMAIN_AZS: readonly string[] = [ACTIVE_DOMAIN.local_az, ACTIVE_DOMAIN.remote_az];
