import { formatCloudTime } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { EvsReplicationPair } from '@/lib/otc/schemas';

export interface EvsPairRow {
  id: string;
  name: string;
  status: string;
  replicationStatus: string | null;
  productionAz: string;
  productionDisk: string;
  drDisk: string;
  failureDetail: string | null;
  created: string;
  createdAt: number | null;
}

export const toEvsPairRow = (p: EvsReplicationPair): EvsPairRow => ({
  id: p.id,
  name: p.name || '(no name)',
  status: p.status,
  replicationStatus: p.replication_status,
  productionAz: p.priority_station,
  productionDisk: p.volume_ids[0] ?? '—',
  drDisk: p.volume_ids[1] ?? '—',
  failureDetail: p.failure_detail,
  created: formatCloudTime(p.created_at),
  createdAt: parseCloudTime(p.created_at),
});

export const EVS_PAIR_SORT_KEYS = {
  name: (r: EvsPairRow) => r.name.toLowerCase(),
  status: (r: EvsPairRow) => r.status,
  created: (r: EvsPairRow) => r.createdAt,
};
