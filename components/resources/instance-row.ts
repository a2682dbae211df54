import { formatCloudTime } from '@/lib/format';
import { parseCloudTime } from '@/lib/otc/time';
import type { ProtectedInstance } from '@/lib/otc/schemas';

export interface InstanceRow {
  id: string;
  name: string;
  status: string;
  progress: number;
  groupId: string;
  groupName: string;
  pairs: number;
  station: string;
  tags: string;
  created: string;
  createdAt: number | null;
  /** Why this instance cannot be deleted now (the pre-flight verdict), or null when it can. */
  deleteProblem: string | null;
}

export const toInstanceRow = (
  pi: ProtectedInstance,
  groupNames: Map<string, string>,
  deleteProblem: string | null = null,
): InstanceRow => ({
  id: pi.id,
  name: pi.name,
  status: pi.status,
  progress: pi.progress,
  groupId: pi.server_group_id,
  groupName: groupNames.get(pi.server_group_id) ?? pi.server_group_id,
  pairs: pi.attachment.length,
  station: pi.priority_station === 'source' ? 'Original production site' : 'Original DR site',
  tags: pi.tags.map((t) => (t.value ? `${t.key}=${t.value}` : t.key)).join(', '),
  created: formatCloudTime(pi.created_at),
  createdAt: parseCloudTime(pi.created_at),
  deleteProblem,
});

export const INSTANCE_SORT_KEYS = {
  name: (r: InstanceRow) => r.name.toLowerCase(),
  status: (r: InstanceRow) => r.status,
  group: (r: InstanceRow) => r.groupName.toLowerCase(),
  pairs: (r: InstanceRow) => r.pairs,
  created: (r: InstanceRow) => r.createdAt,
};
