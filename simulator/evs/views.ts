import type { EvsPairRec, VolumeRec } from '../core/model';
import { microTime } from '../core/time-format';

export function volumeView(v: VolumeRec, origin: string) {
  return {
    id: v.id,
    name: v.name,
    description: v.description,
    status: v.status,
    size: v.size,
    volume_type: v.volume_type,
    availability_zone: v.az,
    attachments: v.attachments.map((a) => ({
      server_id: a.server_id,
      attachment_id: a.attachment_id,
      attached_at: microTime(a.attached_at),
      host_name: null,
      volume_id: v.id,
      device: a.device,
      id: v.id,
    })),
    bootable: v.bootable ? 'true' : 'false', // a string, as documented
    multiattach: v.multiattach,
    shareable: v.multiattach ? 'true' : 'false',
    encrypted: false,
    metadata: { __system__encrypted: v.encrypted ? '1' : '0', 'hw:passthrough': 'false' },
    replication_status: 'disabled',
    'os-volume-replication:extended_status': null,
    'os-vol-tenant-attr:tenant_id': v.project_id,
    snapshot_id: null,
    source_volid: null,
    created_at: microTime(v.created_at),
    updated_at: microTime(v.updated_at),
    links: [{ href: `${origin}/v2/${v.project_id}/volumes/${v.id}`, rel: 'self' }],
  };
}

export function evsPairView(p: EvsPairRec, volumeOf: (id: string) => VolumeRec | undefined) {
  const prod = volumeOf(p.volume_ids[0]);
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    status: p.status,
    replication_consistency_group_id: null,
    volume_ids: p.volume_ids.join(','),
    priority_station: p.priority_station,
    created_at: microTime(p.created_at),
    updated_at: p.updated_at === null ? null : microTime(p.updated_at),
    replication_model: 'hypermetro',
    replication_status: p.replication_status,
    progress: p.progress,
    failure_detail: p.failure_detail,
    // Every documented example returns record_metadata as a JSON-encoded string (reference §3.1).
    record_metadata: JSON.stringify({
      volume_size: prod?.size ?? 0,
      volume_type: (prod?.volume_type ?? 'SSD').toLowerCase(),
      multiattach: prod?.multiattach ?? false,
    }),
    fault_level: p.fault_level,
  };
}
