import { createHash } from 'node:crypto';
import { stableHex } from '../core/ids';
import type { ServerRec } from '../core/model';
import type { State } from '../core/state';
import { ecsTime, microTime } from '../core/time-format';
import { imageNamed } from '../ims/public-images';
import { findFlavor } from './flavors';

const POWER_STATE = { ACTIVE: 1, SHUTOFF: 4, BUILD: 0, ERROR: 0 } as const;
const VM_STATE = { ACTIVE: 'active', SHUTOFF: 'stopped', BUILD: 'building', ERROR: 'error' } as const;

const taskState = (srv: ServerRec) =>
  srv.power_target ? (srv.power_target === 'ACTIVE' ? 'powering-on' : 'powering-off') : null;

/** The IAM user a server's project is run by: the one who created its servers in the seed. */
function ownerOf(s: State, projectId: string): string {
  const domain = s.get('project', projectId)?.domain_id;
  return s.all('user').find((u) => u.domain_id === domain && u.roles.includes('te_admin'))?.id ?? '';
}

/**
 * The placement and naming facts both views share (`OS-EXT-SRV-ATTR:*`, `hostId`), derived from the
 * server's id so they stay the same on every read, as a server that is not migrated keeps its host.
 */
function placement(srv: ServerRec) {
  const seed = stableHex(`placement:${srv.id}`);
  const host = `${srv.az}.pod${(parseInt(seed.slice(0, 2), 16) % 4) + 1}`;
  return {
    // Nova's hostId: a per-project hash of the host, so tenants can tell co-located servers apart.
    hostId: createHash('sha224').update(`${srv.project_id}${host}`).digest('hex'),
    'OS-EXT-SRV-ATTR:host': host,
    'OS-EXT-SRV-ATTR:hypervisor_hostname': `nova${seed.slice(2, 5)}@${parseInt(seed.slice(5, 7), 16)}`,
    'OS-EXT-SRV-ATTR:instance_name': `instance-${seed.slice(7, 15)}`,
    'OS-EXT-SRV-ATTR:hostname': srv.name.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    'OS-EXT-SRV-ATTR:reservation_id': `r-${seed.slice(15, 23)}`,
    'OS-EXT-SRV-ATTR:launch_index': 0,
    'OS-EXT-SRV-ATTR:kernel_id': '',
    'OS-EXT-SRV-ATTR:ramdisk_id': '',
    'OS-EXT-SRV-ATTR:root_device_name': '/dev/vda',
    'OS-EXT-SRV-ATTR:user_data': null,
    host_status: 'UP',
  };
}

/** What every server view says about its state, owner and life, in the fields both APIs name alike. */
function common(s: State, srv: ServerRec) {
  return {
    ...placement(srv),
    'OS-EXT-AZ:availability_zone': srv.az,
    'OS-EXT-STS:power_state': POWER_STATE[srv.status],
    'OS-EXT-STS:vm_state': VM_STATE[srv.status],
    'OS-EXT-STS:task_state': taskState(srv),
    'OS-DCF:diskConfig': 'MANUAL',
    'OS-SRV-USG:launched_at': microTime(srv.created_at),
    'OS-SRV-USG:terminated_at': null,
    tenant_id: srv.project_id,
    user_id: ownerOf(s, srv.project_id),
    key_name: null,
    description: '',
    progress: srv.status === 'BUILD' ? 50 : 0,
    accessIPv4: '',
    accessIPv6: '',
    config_drive: '',
    locked: false,
    tags: [],
    created: ecsTime(srv.created_at),
    updated: ecsTime(srv.updated_at),
    // Nova reports why a server is in ERROR; the seeded ones failed to boot.
    ...(srv.status === 'ERROR'
      ? { fault: { code: 500, created: ecsTime(srv.updated_at), message: 'No valid host was found.' } }
      : {}),
  };
}

const securityGroups = (s: State, srv: ServerRec) =>
  srv.security_group_ids.map((id) => ({ id, name: s.get('security_group', id)?.name ?? id }));

/** ECS native view (`/v1/{project_id}/cloudservers`), with the string-typed numbers it documents. */
export function cloudServerView(s: State, srv: ServerRec) {
  const flavor = findFlavor(srv.flavor_id);
  const imageId = imageNamed(srv.image_name)?.id ?? '';
  return {
    id: srv.id,
    name: srv.name,
    status: srv.status,
    ...common(s, srv),
    flavor: {
      id: srv.flavor_id,
      name: srv.flavor_id,
      vcpus: String(flavor?.vcpus ?? 1),
      ram: String(flavor?.ram ?? 1024),
      disk: '0',
      asic_accelerators: [],
    },
    // Keyed by the VPC id, as in the documented example.
    addresses: {
      [srv.vpc_id]: srv.nics.map((n) => ({
        version: '4',
        addr: n.ip,
        primary: n.primary,
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': n.mac,
        'OS-EXT-IPS:port_id': n.port_id,
      })),
    },
    image: { id: imageId },
    metadata: {
      vpc_id: srv.vpc_id,
      charging_mode: '0',
      EcmResStatus: 'normal',
      'metering.image_id': imageId,
      image_name: srv.image_name,
      os_type: srv.os_type,
      os_bit: '64',
    },
    'os-extended-volumes:volumes_attached': srv.volumes.map((v) => ({
      id: v.volume_id,
      delete_on_termination: 'false',
      bootIndex: v.boot_index === null ? null : String(v.boot_index),
      device: v.device,
    })),
    security_groups: securityGroups(s, srv),
    'os:scheduler_hints': {},
    enterprise_project_id: '0',
    sys_tags: [{ key: '_sys_enterprise_project_id', value: '0' }],
    auto_terminate_time: '',
    hypervisor: null,
    cpu_options: { 'hw:cpu_threads': null },
    security_options: { tpm_enabled: null },
  };
}

/** Nova view (`/v2.1/{project_id}/servers`, microversion < 2.47): flavor by id, int address version. */
export function novaServerView(s: State, srv: ServerRec, origin: string) {
  const compute = `${origin}/v2.1/${srv.project_id}`;
  const bookmark = `${origin}/${srv.project_id}`;
  return {
    id: srv.id,
    name: srv.name,
    status: srv.status,
    ...common(s, srv),
    links: [
      { rel: 'self', href: `${compute}/servers/${srv.id}` },
      { rel: 'bookmark', href: `${bookmark}/servers/${srv.id}` },
    ],
    flavor: { id: srv.flavor_id, links: [{ rel: 'bookmark', href: `${bookmark}/flavors/${srv.flavor_id}` }] },
    addresses: {
      [srv.vpc_id]: srv.nics.map((n) => ({
        version: 4,
        addr: n.ip,
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': n.mac,
      })),
    },
    metadata: {},
    // Servers boot from EVS disks: Nova names no image for them.
    image: '',
    // Nova names a server's security groups by name only.
    security_groups: securityGroups(s, srv).map(({ name }) => ({ name })),
    'os-extended-volumes:volumes_attached': srv.volumes.map((v) => ({ id: v.volume_id })),
  };
}
