import { stableUuid } from '../core/ids';
import type { State } from '../core/state';
import { ACTIVE_DOMAIN } from '../sdrs/domains';
import { SeedBuilder } from './builder';
import { seedBulk } from './bulk';
import { DEMO } from './demo-identity';

const AZ1 = 'eu-de-01';
const AZ2 = 'eu-de-02';
const SSD = (size: number) => ({ size, type: 'SSD' });
const SAS = (size: number) => ({ size, type: 'SAS' });

/** The demo tenant, the same on every fresh start; `scale` > 1 adds bulk blocks for load tests. */
export function seedDemoTenant(state: State, scale: number): void {
  const { domain, project } = DEMO;
  state.put('domain', domain);
  state.put('project', { ...project, domain_id: domain.id });
  for (const u of Object.values(DEMO.users)) {
    state.put('user', {
      ...u,
      roles: [...u.roles],
      domain_id: domain.id,
      password: DEMO.password,
      ...(u.name === 'demo-operator' ? { access_key: DEMO.accessKey, secret_key: DEMO.secretKey } : {}),
    });
  }

  const b = new SeedBuilder(state, project.id);
  const vpc = (label: string, name: string, cidr: string) =>
    state.put('vpc', { id: stableUuid(`vpc:${label}`), project_id: project.id, name, cidr, created_at: b.at() });
  const subnet = (label: string, vpcId: string, name: string, cidr: string, gateway: string) =>
    state.put('subnet', {
      id: stableUuid(`subnet:${label}`),
      neutron_subnet_id: stableUuid(`neutron-subnet:${label}`),
      project_id: project.id,
      vpc_id: vpcId,
      name,
      cidr,
      gateway_ip: gateway,
      created_at: b.at(),
    });
  const sg = (label: string, vpcId: string, name: string) =>
    state.put('security_group', { id: stableUuid(`sg:${label}`), project_id: project.id, vpc_id: vpcId, name });

  const prodVpc = vpc('prod', 'vpc-dr-demo', '192.168.0.0/16');
  const appNet = subnet('app', prodVpc.id, 'subnet-app', '192.168.1.0/24', '192.168.1.1');
  const dbNet = subnet('db', prodVpc.id, 'subnet-db', '192.168.2.0/24', '192.168.2.1');
  const sgDefault = sg('default', prodVpc.id, 'Sys-default');
  const sgWeb = sg('web', prodVpc.id, 'sg-web');
  const otherVpc = vpc('analytics', 'vpc-analytics', '10.10.0.0/16');
  const otherNet = subnet('analytics', otherVpc.id, 'subnet-analytics', '10.10.1.0/24', '10.10.1.1');
  const sgOther = sg('analytics', otherVpc.id, 'sg-analytics');
  // Same CIDR as the production VPC: usable as an existing drill VPC.
  const drillVpc = vpc('drill', 'vpc-drill', '192.168.0.0/16');
  subnet('drill', drillVpc.id, 'subnet-drill', '192.168.1.0/24', '192.168.1.1');

  const prod = { vpcId: prodVpc.id, securityGroupIds: [sgDefault.id, sgWeb.id] };
  const app = { ...prod, subnetId: appNet.id };
  const db = { ...prod, subnetId: dbNet.id };

  // Production AZ eu-de-01.
  const web01 = b.server('web-01', {
    ...app,
    name: 'web-01',
    az: AZ1,
    ip: '192.168.1.11',
    flavor: 's3.large.2',
    status: 'ACTIVE',
    disks: [SSD(40), SSD(100)],
  });
  const db01 = b.server('db-01', {
    ...db,
    name: 'db-01',
    az: AZ1,
    ip: '192.168.2.11',
    flavor: 'm3.large.8',
    status: 'ACTIVE',
    disks: [SSD(40), SAS(200)],
  });
  b.server('app-01', {
    ...app,
    name: 'app-01',
    az: AZ1,
    ip: '192.168.1.21',
    flavor: 's3.xlarge.2',
    status: 'ACTIVE',
    disks: [SSD(40), SSD(50)],
  });
  b.server('app-02', {
    ...app,
    name: 'app-02',
    az: AZ1,
    ip: '192.168.1.22',
    flavor: 's3.large.2',
    status: 'SHUTOFF',
    disks: [SSD(40)],
  });
  b.server('cache-01', {
    ...app,
    name: 'cache-01',
    az: AZ1,
    ip: '192.168.1.23',
    flavor: 'c4.large.2',
    status: 'ACTIVE',
    disks: [SSD(40)],
  });
  b.server('win-01', {
    ...app,
    name: 'win-01',
    az: AZ1,
    ip: '192.168.1.24',
    flavor: 's3.xlarge.2',
    status: 'SHUTOFF',
    disks: [SSD(60), SAS(100)],
    os: 'Windows',
  });
  b.server('files-01', {
    ...app,
    name: 'files-01',
    az: AZ1,
    ip: '192.168.1.31',
    flavor: 's3.large.2',
    status: 'ACTIVE',
    disks: [SSD(40), { ...SSD(100), shared: true }],
  });
  b.server('vault-01', {
    ...db,
    name: 'vault-01',
    az: AZ1,
    ip: '192.168.2.31',
    flavor: 's3.medium.2',
    status: 'ACTIVE',
    disks: [SSD(40), { ...SSD(50), encrypted: true }],
  });
  b.server('batch-01', {
    ...app,
    name: 'batch-01',
    az: AZ1,
    ip: '192.168.1.41',
    flavor: 's3.large.2',
    status: 'ERROR',
    disks: [SSD(40)],
  });
  b.server('analytics-01', {
    vpcId: otherVpc.id,
    subnetId: otherNet.id,
    securityGroupIds: [sgOther.id],
    name: 'analytics-01',
    az: AZ1,
    ip: '10.10.1.11',
    flavor: 's3.xlarge.2',
    status: 'ACTIVE',
    disks: [SSD(40), SSD(100)],
  });
  // eu-de-02.
  b.server('report-01', {
    ...app,
    name: 'report-01',
    az: AZ2,
    ip: '192.168.1.51',
    flavor: 's3.large.2',
    status: 'ACTIVE',
    disks: [SSD(40)],
  });
  b.server('report-02', {
    ...db,
    name: 'report-02',
    az: AZ2,
    ip: '192.168.2.51',
    flavor: 's3.large.2',
    status: 'SHUTOFF',
    disks: [SSD(40), SAS(50)],
  });
  b.server('standby-01', {
    ...db,
    name: 'standby-01',
    az: AZ2,
    ip: '192.168.2.52',
    flavor: 's3.large.2',
    status: 'ACTIVE',
    disks: [SSD(40), SSD(100)],
  });
  b.server('analytics-02', {
    vpcId: otherVpc.id,
    subnetId: otherNet.id,
    securityGroupIds: [sgOther.id],
    name: 'analytics-02',
    az: AZ2,
    ip: '10.10.1.12',
    flavor: 's3.large.2',
    status: 'ACTIVE',
    disks: [SSD(40)],
  });

  // Spare, unattached disks: matching pairs across the AZs for EVS pairs, plus mismatches.
  b.volume('spare-ssd-100-a', 'spare-ssd-100-a', AZ1, SSD(100));
  b.volume('spare-sas-50-a', 'spare-sas-50-a', AZ1, SAS(50));
  b.volume('spare-ssd-20-enc-a', 'spare-ssd-20-enc-a', AZ1, { ...SSD(20), encrypted: true });
  b.volume('spare-ssd-100-b', 'spare-ssd-100-b', AZ2, SSD(100));
  b.volume('spare-sas-50-b', 'spare-sas-50-b', AZ2, SAS(50));
  b.volume('spare-sata-100-b', 'spare-sata-100-b', AZ2, { size: 100, type: 'SATA' });
  b.volume('spare-ssd-60-b', 'spare-ssd-60-b', AZ2, SSD(60));

  const common = {
    description: null,
    progress: 0,
    source_az: AZ1,
    target_az: AZ2,
    domain_id: ACTIVE_DOMAIN.id,
    priority_station: 'source' as const,
    health_status: 'normal' as const,
    vpc_id: prodVpc.id,
  };
  const erp = b.group('erp-prod', {
    ...common,
    name: 'erp-prod',
    description: 'ERP web and database tier',
    status: 'protected',
    progress: 100,
    protected_status: 'started',
    replication_status: 'active',
  });
  b.protect(erp, web01, 'erp-prod:web-01', 'web-01');
  b.protect(erp, db01, 'erp-prod:db-01', 'db-01');

  const crm = b.group('crm-staging', {
    ...common,
    name: 'crm-staging',
    status: 'available',
    protected_status: 'stopped',
    replication_status: null,
  });

  // One failed task: an earlier attempt to protect a server whose disk was in error.
  const failedAt = b.at();
  state.put('failure_job', {
    id: stableUuid('instance:billing-01'),
    project_id: project.id,
    job_id: '0000000062db92d70162db9d200f00aa',
    job_type: 'createProtectedInstanceNoCG',
    server_group_id: crm.id,
    resource_id: stableUuid('instance:billing-01'),
    resource_name: 'billing-01',
    resource_type: 'protected_instances',
    failure_status: 'createFail',
    begin_time: failedAt,
    error_code: 'EVS.2024',
    fail_reason: 'SdrsGenerateNativeServerParamsTask-fail:volume is error!',
  });

  state.put('quota', { id: project.id, server_groups: 50, replications: Math.max(500, scale * 20) });
  if (scale > 1) seedBulk(b, scale, { ...common, ...app, sgIds: prod.securityGroupIds });
}
