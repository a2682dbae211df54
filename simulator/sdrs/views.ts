import type { DrillRec, FailureJobRec, GroupRec, InstanceRec, JobRec, PairRec, SubJobRec } from '../core/model';
import type { State } from '../core/state';
import { groupTime, jobTime, microTime } from '../core/time-format';
import { ACTIVE_DOMAIN } from './domains';
import { drillsOf, instancesOf, pairsOf } from './topology';

export function groupView(s: State, g: GroupRec) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    status: g.status,
    progress: g.progress,
    source_availability_zone: g.source_az,
    target_availability_zone: g.target_az,
    domain_id: g.domain_id,
    domain_name: ACTIVE_DOMAIN.name,
    priority_station: g.priority_station,
    protected_instance_num: instancesOf(s, g.id).length,
    replication_num: pairsOf(s, g.id).length,
    disaster_recovery_drill_num: drillsOf(s, g.id).length,
    protected_status: g.protected_status,
    replication_status: g.replication_status,
    health_status: g.health_status,
    source_vpc_id: g.vpc_id,
    target_vpc_id: g.vpc_id,
    test_vpc_id: null,
    dr_type: 'migration',
    server_type: 'ECS',
    protection_type: 'replication-pair',
    replication_model: null,
    created_at: groupTime(g.created_at),
    updated_at: groupTime(g.updated_at),
  };
}

export function instanceView(s: State, pi: InstanceRec) {
  const g = s.get('group', pi.group_id);
  return {
    id: pi.id,
    name: pi.name,
    description: pi.description,
    server_group_id: pi.group_id,
    status: pi.status,
    progress: pi.progress,
    source_server: pi.source_server,
    target_server: pi.target_server,
    created_at: groupTime(pi.created_at),
    updated_at: groupTime(pi.updated_at),
    priority_station: g?.priority_station ?? 'source',
    attachment: s
      .where('pair', (p) => p.attachment.some((a) => a.protected_instance === pi.id))
      .map((p) => ({
        replication: p.id,
        device: p.attachment.find((a) => a.protected_instance === pi.id)?.device ?? '',
      })),
    tags: pi.tags.map((t) => ({ key: t.key, value: t.value })),
    metadata: {},
  };
}

export function pairView(s: State, p: PairRec) {
  const prod = s.get('volume', p.volume_ids[0]);
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    replication_model: 'hypermetro',
    status: p.status,
    progress: p.progress,
    replication_status: p.replication_status,
    attachment: p.attachment.map((a) => ({ device: a.device, protected_instance: a.protected_instance })),
    server_group_id: p.group_id,
    // A single comma-separated string, production disk first (reference §2.4).
    volume_ids: p.volume_ids.join(','),
    priority_station: p.priority_station,
    fault_level: p.fault_level,
    created_at: microTime(p.created_at),
    updated_at: microTime(p.updated_at),
    record_metadata: {
      multiattach: prod?.multiattach ?? false,
      bootable: prod?.bootable ?? false,
      volume_size: prod?.size ?? 0,
      volume_type: prod?.volume_type ?? 'SSD',
    },
    ...(p.status === 'error' ? { failure_detail: p.failure_detail ?? '' } : {}),
  };
}

export function drillView(d: DrillRec) {
  return {
    id: d.id,
    name: d.name,
    status: d.status,
    server_group_id: d.group_id,
    drill_vpc_id: d.drill_vpc_id,
    created_at: groupTime(d.created_at),
    updated_at: groupTime(d.updated_at),
    drill_servers: d.drill_servers.map((x) => ({ ...x })),
  };
}

function subJobView(j: SubJobRec) {
  return {
    job_id: j.job_id,
    job_type: j.job_type,
    status: j.status,
    begin_time: j.begin_time === null ? null : jobTime(j.begin_time),
    end_time: j.end_time === null ? null : jobTime(j.end_time),
    error_code: j.error_code,
    fail_reason: j.fail_reason,
    entities: { ...j.entities },
  };
}

export function jobView(j: JobRec) {
  return {
    status: j.status,
    entities: { ...j.entities, ...(j.sub_jobs.length > 0 ? { sub_jobs: j.sub_jobs.map(subJobView) } : {}) },
    job_id: j.id,
    job_type: j.job_type,
    begin_time: jobTime(j.begin_time),
    end_time: j.end_time === null ? null : jobTime(j.end_time),
    error_code: j.error_code,
    fail_reason: j.fail_reason,
  };
}

export function failureJobView(f: FailureJobRec) {
  return {
    job_status: 'FAIL',
    resource_id: f.resource_id,
    resource_name: f.resource_name,
    resource_type: f.resource_type,
    failure_status: f.failure_status,
    job_id: f.job_id,
    job_type: f.job_type,
    begin_time: jobTime(f.begin_time),
    error_code: f.error_code,
    fail_reason: f.fail_reason,
  };
}
