import { drAzOf, productionAzOf } from '@/lib/dr/preflight';
import { formatCloudTime } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { ServerGroup } from '@/lib/otc/schemas';

/** What the browser receives for one group row: only what the table shows. */
export interface GroupRow {
  id: string;
  name: string;
  status: string;
  replicationStatus: string | null;
  progress: number;
  productionAz: string;
  drAz: string;
  instances: number;
  pairs: number;
  created: string;
  createdAt: number | null;
}

export const toGroupRow = (g: ServerGroup): GroupRow => ({
  id: g.id,
  name: g.name,
  status: g.status,
  replicationStatus: g.replication_status,
  progress: g.progress,
  productionAz: productionAzOf(g),
  drAz: drAzOf(g),
  instances: g.protected_instance_num,
  pairs: g.replication_num,
  created: formatCloudTime(g.created_at),
  createdAt: parseCloudTime(g.created_at),
});

export const GROUP_SORT_KEYS = {
  name: (r: GroupRow) => r.name.toLowerCase(),
  status: (r: GroupRow) => r.status,
  production_az: (r: GroupRow) => r.productionAz,
  instances: (r: GroupRow) => r.instances,
  pairs: (r: GroupRow) => r.pairs,
  created: (r: GroupRow) => r.createdAt,
};
