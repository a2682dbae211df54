/**
 * Internal records of the simulated cloud. They are stored as JSON documents and rendered to the
 * API's own shapes by each service's views; times are epoch milliseconds here.
 */

export type Station = 'source' | 'target';

export interface UserRec {
  id: string;
  name: string;
  domain_id: string;
  password: string;
  roles: string[];
  access_key?: string;
  secret_key?: string;
}

export interface ProjectRec {
  id: string;
  name: string;
  domain_id: string;
}

export interface DomainRec {
  id: string;
  name: string;
}

export interface TokenRec {
  id: string; // the X-Subject-Token value
  user_id: string;
  project_id: string;
  issued_at: number;
  expires_at: number;
}

export interface VpcRec {
  id: string;
  project_id: string;
  name: string;
  cidr: string;
  created_at: number;
}

export interface SubnetRec {
  id: string; // equals neutron_network_id, the value SDRS expects as subnet_id
  neutron_subnet_id: string;
  project_id: string;
  vpc_id: string;
  name: string;
  cidr: string;
  gateway_ip: string;
  created_at: number;
}

export interface SecurityGroupRec {
  id: string;
  project_id: string;
  vpc_id: string;
  name: string;
}

export interface NicRec {
  port_id: string;
  subnet_id: string;
  ip: string;
  mac: string;
  primary: boolean;
}

export interface VolumeAttachmentRef {
  volume_id: string;
  device: string;
  boot_index: number | null;
}

export type ServerStatus = 'ACTIVE' | 'SHUTOFF' | 'BUILD' | 'ERROR';

export interface ServerRec {
  id: string;
  project_id: string;
  name: string;
  az: string;
  vpc_id: string;
  flavor_id: string;
  status: ServerStatus;
  nics: NicRec[];
  volumes: VolumeAttachmentRef[];
  security_group_ids: string[];
  image_name: string;
  os_type: 'Linux' | 'Windows';
  created_at: number;
  updated_at: number;
  /** Set while an os-start / os-stop is in flight: the status it will reach. */
  power_target?: ServerStatus;
}

export interface VolumeRec {
  id: string;
  project_id: string;
  name: string;
  description: string;
  status: string;
  size: number;
  volume_type: string;
  az: string;
  bootable: boolean;
  multiattach: boolean;
  encrypted: boolean;
  attachments: { server_id: string; device: string; attachment_id: string; attached_at: number }[];
  created_at: number;
  updated_at: number;
}

export interface GroupRec {
  id: string;
  project_id: string;
  name: string;
  description: string | null;
  status: string;
  progress: number;
  source_az: string;
  target_az: string;
  domain_id: string;
  priority_station: Station;
  protected_status: 'started' | 'stopped' | null;
  replication_status: 'active' | 'inactive' | 'copying' | 'active-stopped' | null;
  health_status: 'normal' | 'abnormal' | null;
  vpc_id: string;
  created_at: number;
  updated_at: number;
}

export interface TagRec {
  key: string;
  value: string;
}

export interface InstanceRec {
  id: string;
  project_id: string;
  group_id: string;
  name: string;
  description: string | null;
  status: string;
  progress: number;
  source_server: string;
  target_server: string;
  tags: TagRec[];
  created_at: number;
  updated_at: number;
}

export interface PairRec {
  id: string;
  project_id: string;
  group_id: string;
  name: string;
  description: string | null;
  status: string;
  progress: number;
  replication_status: 'active' | 'inactive' | 'copying' | 'active-stopped';
  attachment: { device: string; protected_instance: string }[];
  /** [production disk at creation, DR disk]. */
  volume_ids: [string, string];
  priority_station: Station;
  fault_level: '0' | '2' | '5';
  failure_detail: string | null;
  created_at: number;
  updated_at: number;
}

export interface DrillRec {
  id: string;
  project_id: string;
  group_id: string;
  name: string;
  status: string;
  drill_vpc_id: string;
  drill_servers: { protected_instance: string; drill_server_id: string }[];
  created_at: number;
  updated_at: number;
}

export interface EvsPairRec {
  id: string;
  project_id: string;
  name: string;
  description: string;
  status: string;
  volume_ids: [string, string];
  priority_station: string;
  replication_status: string | null;
  progress: string | null;
  failure_detail: string | null;
  fault_level: string;
  created_at: number;
  updated_at: number | null;
}

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';

export interface SubJobRec {
  job_id: string;
  job_type: string;
  phase: number;
  status: JobStatus;
  begin_time: number | null;
  end_time: number | null;
  error_code: string | null;
  fail_reason: string | null;
  entities: Record<string, string>;
}

export interface JobRec {
  id: string;
  project_id: string;
  job_type: string;
  /** Internal jobs (EVS pair transitions, server power) are not visible through the SDRS job API. */
  hidden: boolean;
  status: JobStatus;
  begin_time: number;
  end_time: number | null;
  entities: Record<string, string>;
  sub_jobs: SubJobRec[];
  error_code: string | null;
  fail_reason: string | null;
  /** Job-type specific parameters, read by the job definition. */
  ctx: Record<string, unknown>;
  /** -1 while queued (INIT); then the index of the running phase. */
  phase: number;
  phase_started_at: number;
  phase_due_at: number;
  /** Set by fault injection: fail when this phase completes. */
  fail_at_phase: number | null;
  fail_code: string | null;
  fail_message: string | null;
}

export interface FailureJobRec {
  id: string;
  project_id: string;
  job_id: string;
  job_type: string;
  server_group_id: string | null;
  resource_id: string;
  resource_name: string;
  resource_type: string;
  failure_status: string;
  begin_time: number;
  error_code: string;
  fail_reason: string;
}

export interface QuotaRec {
  id: string; // project id
  server_groups: number;
  replications: number;
}

/** Every collection the simulator stores, by kind. */
export interface Collections {
  domain: DomainRec;
  project: ProjectRec;
  user: UserRec;
  token: TokenRec;
  vpc: VpcRec;
  subnet: SubnetRec;
  security_group: SecurityGroupRec;
  server: ServerRec;
  volume: VolumeRec;
  group: GroupRec;
  instance: InstanceRec;
  pair: PairRec;
  drill: DrillRec;
  evs_pair: EvsPairRec;
  job: JobRec;
  failure_job: FailureJobRec;
  quota: QuotaRec;
}

export type Kind = keyof Collections;

export const KINDS: Kind[] = [
  'domain',
  'project',
  'user',
  'token',
  'vpc',
  'subnet',
  'security_group',
  'server',
  'volume',
  'group',
  'instance',
  'pair',
  'drill',
  'evs_pair',
  'job',
  'failure_job',
  'quota',
];
