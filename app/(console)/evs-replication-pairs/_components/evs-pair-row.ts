import { formatCloudTime } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { EvsReplicationPair } from '@/lib/otc/schemas';

const diskName = (id: string | undefined, names: ReadonlyMap<string, string>) => (id ? (names.get(id) ?? id) : '—');

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

/** Disks show by name where the console knows it (`diskNames`: id → name). */
export const toEvsPairRow = (p: EvsReplicationPair, diskNames: ReadonlyMap<string, string>): EvsPairRow => ({
  id: p.id,
  name: p.name || '(no name)',
  status: p.status,
  replicationStatus: p.replication_status,
  productionAz: p.priority_station,
  productionDisk: diskName(p.volume_ids[0], diskNames),
  drDisk: diskName(p.volume_ids[1], diskNames),
  failureDetail: p.failure_detail,
  created: formatCloudTime(p.created_at),
  createdAt: parseCloudTime(p.created_at),
});

export const EVS_PAIR_SORT_KEYS = {
  name: (r: EvsPairRow) => r.name.toLowerCase(),
  status: (r: EvsPairRow) => r.status,
  created: (r: EvsPairRow) => r.createdAt,
};
