import type { GroupRec } from '../core/model';
import type { SeedBuilder } from './builder';

export interface BulkNetwork {
  vpcId: string;
  subnetId: string;
  sgIds: string[];
  domain_id: string;
  source_az: string;
  target_az: string;
}

const PROTECTED_PER_BLOCK = 7;

/** Unique addresses outside the demo servers' range (they only need to be distinct). */
const bulkIp = (n: number): string => `192.168.${100 + Math.floor(n / 250)}.${(n % 250) + 2}`;
const BLOCKS_PER_GROUP = 15;

/**
 * Load-test tenant: each block adds 7 protected production servers with their DR servers and pairs,
 * so scale N adds 14·(N−1) servers and 7·(N−1) protected instances: scale 144 gives a tenant of
 * about 2,000 servers and 1,000 protected instances.
 */
export function seedBulk(b: SeedBuilder, scale: number, net: BulkNetwork): void {
  let group: GroupRec | null = null;
  for (let block = 1; block < scale; block++) {
    if ((block - 1) % BLOCKS_PER_GROUP === 0) {
      const n = String(Math.floor((block - 1) / BLOCKS_PER_GROUP) + 1).padStart(3, '0');
      group = b.group(`bulk-${n}`, {
        name: `bulk-${n}`,
        description: 'load-test group',
        status: 'protected',
        progress: 100,
        source_az: net.source_az,
        target_az: net.target_az,
        domain_id: net.domain_id,
        priority_station: 'source',
        protected_status: 'started',
        replication_status: 'active',
        health_status: 'normal',
        vpc_id: net.vpcId,
      });
    }
    for (let i = 0; i < PROTECTED_PER_BLOCK; i++) {
      const label = `bulk:${block}:${i}`;
      const name = `bulk-${block}-${i}`;
      const server = b.server(label, {
        name,
        az: net.source_az,
        vpcId: net.vpcId,
        subnetId: net.subnetId,
        ip: bulkIp(block * PROTECTED_PER_BLOCK + i),
        flavor: 's3.large.2',
        status: i % 2 === 0 ? 'ACTIVE' : 'SHUTOFF',
        securityGroupIds: net.sgIds,
        disks:
          i % 2 === 0
            ? [
                { size: 40, type: 'SSD' },
                { size: 100, type: 'SSD' },
              ]
            : [{ size: 40, type: 'SSD' }],
      });
      if (group) b.protect(group, server, label, name);
    }
  }
}
