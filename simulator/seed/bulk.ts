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

const PROTECTED_PER_BLOCK = 6;

/** Unique addresses outside the demo servers' range (they only need to be distinct). */
const bulkIp = (n: number): string => `192.168.${100 + Math.floor(n / 250)}.${(n % 250) + 2}`;
const BLOCKS_PER_GROUP = 15;

/**
 * Load-test tenant: each block adds 6 protected production servers (with their DR servers and
 * pairs) and 2 free servers, so scale N gives about 14·N servers and 6·N protected instances.
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
    for (let i = 0; i < PROTECTED_PER_BLOCK + 2; i++) {
      const label = `bulk:${block}:${i}`;
      const name = `bulk-${block}-${i}`;
      const az = i === PROTECTED_PER_BLOCK + 1 ? net.target_az : net.source_az;
      const server = b.server(label, {
        name,
        az,
        vpcId: net.vpcId,
        subnetId: net.subnetId,
        ip: bulkIp(block * 8 + i),
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
      if (group && i < PROTECTED_PER_BLOCK) b.protect(group, server, label, name);
    }
  }
}
