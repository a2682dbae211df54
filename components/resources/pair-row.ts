import { faultLevelInfo } from '@/lib/dr/fault-levels';
import { formatCloudTime } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { ReplicationPair } from '@/lib/otc/schemas';

export interface PairRow {
  id: string;
  name: string;
  status: string;
  replicationStatus: string | null;
  progress: number;
  groupId: string;
  groupName: string;
  size: string;
  faultLevel: string;
  attachedTo: { id: string; name: string; device: string } | null;
  created: string;
  createdAt: number | null;
}

export const toPairRow = (
  p: ReplicationPair,
  groupNames: Map<string, string>,
  instanceNames: Map<string, string>,
): PairRow => {
  const a = p.attachment[0];
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    replicationStatus: p.replication_status,
    progress: p.progress,
    groupId: p.server_group_id,
    groupName: groupNames.get(p.server_group_id) ?? p.server_group_id,
    size: p.record_metadata ? `${p.record_metadata.volume_size} GB ${p.record_metadata.volume_type}` : '—',
    faultLevel: faultLevelInfo(p.fault_level).label,
    attachedTo: a
      ? {
          id: a.protected_instance,
          name: instanceNames.get(a.protected_instance) ?? a.protected_instance,
          device: a.device,
        }
      : null,
    created: formatCloudTime(p.created_at),
    createdAt: parseCloudTime(p.created_at),
  };
};

export const PAIR_SORT_KEYS = {
  name: (r: PairRow) => r.name.toLowerCase(),
  status: (r: PairRow) => r.status,
  group: (r: PairRow) => r.groupName.toLowerCase(),
  created: (r: PairRow) => r.createdAt,
};
