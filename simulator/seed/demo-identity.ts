import { stableHex } from '../core/ids';

/**
 * The seeded demo identity. Role names are what IAM puts in the token's `roles`:
 *   te_admin       (Tenant Administrator)  demo-operator
 *   sdrs_support   (custom support role)   demo-support
 *   readonly_admin (Tenant Guest)          demo-viewer: the simulator refuses its writes
 */
export const DEMO = {
  domain: { id: stableHex('domain:demo'), name: 'demo' },
  project: { id: stableHex('project:eu-de'), name: 'eu-de' },
  password: 'demo-password',
  users: {
    operator: { id: stableHex('user:demo-operator'), name: 'demo-operator', roles: ['te_admin'] },
    support: { id: stableHex('user:demo-support'), name: 'demo-support', roles: ['sdrs_support'] },
    viewer: { id: stableHex('user:demo-viewer'), name: 'demo-viewer', roles: ['readonly_admin'] },
  },
  /** AK/SK of demo-operator (the SK is a demo value, published on purpose). */
  accessKey: 'DEMOOPERATORAKSIM001',
  secretKey: 'demoOperatorSecretKeyForTheSimulator0001',
} as const;
