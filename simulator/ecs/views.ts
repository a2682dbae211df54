import type { ServerRec } from '../core/model';
import type { State } from '../core/state';
import { ecsTime } from '../core/time-format';
import { findFlavor } from './flavors';

const POWER_STATE = { ACTIVE: 1, SHUTOFF: 4, BUILD: 0, ERROR: 0 } as const;
const VM_STATE = { ACTIVE: 'active', SHUTOFF: 'stopped', BUILD: 'building', ERROR: 'error' } as const;

/** ECS native view (`/v1/{project_id}/cloudservers`), with the string-typed numbers it documents. */
export function cloudServerView(s: State, srv: ServerRec) {
  const flavor = findFlavor(srv.flavor_id);
  return {
    id: srv.id,
    name: srv.name,
    status: srv.status,
    'OS-EXT-AZ:availability_zone': srv.az,
    flavor: {
      id: srv.flavor_id,
      name: srv.flavor_id,
      vcpus: String(flavor?.vcpus ?? 1),
      ram: String(flavor?.ram ?? 1024),
      disk: '0',
    },
    // Keyed by the VPC id, as in the documented example.
    addresses: {
      [srv.vpc_id]: srv.nics.map((n) => ({
        version: '4',
        addr: n.ip,
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': n.mac,
        'OS-EXT-IPS:port_id': n.port_id,
      })),
    },
    metadata: {
      vpc_id: srv.vpc_id,
      charging_mode: '0',
      EcmResStatus: 'normal',
      'metering.image_id': `img-${srv.os_type.toLowerCase()}`,
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
    security_groups: srv.security_group_ids.map((id) => ({ id, name: s.get('security_group', id)?.name ?? id })),
    'OS-EXT-STS:power_state': POWER_STATE[srv.status],
    'OS-EXT-STS:vm_state': VM_STATE[srv.status],
    'OS-EXT-STS:task_state': srv.power_target ? (srv.power_target === 'ACTIVE' ? 'powering-on' : 'powering-off') : null,
    'OS-EXT-SRV-ATTR:root_device_name': '/dev/vda',
    tenant_id: srv.project_id,
    created: ecsTime(srv.created_at),
    updated: ecsTime(srv.updated_at),
    tags: [],
    locked: false,
  };
}

/** Nova view (`/v2.1/{project_id}/servers`, microversion < 2.47): flavor by id, int address version. */
export function novaServerView(srv: ServerRec) {
  return {
    id: srv.id,
    name: srv.name,
    status: srv.status,
    'OS-EXT-AZ:availability_zone': srv.az,
    flavor: { id: srv.flavor_id, links: [] },
    addresses: {
      [srv.vpc_id]: srv.nics.map((n) => ({
        version: 4,
        addr: n.ip,
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': n.mac,
      })),
    },
    metadata: {},
    tenant_id: srv.project_id,
    created: ecsTime(srv.created_at),
    updated: ecsTime(srv.updated_at),
    // Servers boot from EVS disks: Nova names no image for them.
    image: '',
    key_name: null,
    user_id: '',
    hostId: '',
    progress: 0,
    accessIPv4: '',
    accessIPv6: '',
    config_drive: '',
    'OS-DCF:diskConfig': 'MANUAL',
    'OS-EXT-STS:power_state': POWER_STATE[srv.status],
    'OS-EXT-STS:vm_state': VM_STATE[srv.status],
    'OS-EXT-STS:task_state': srv.power_target ? (srv.power_target === 'ACTIVE' ? 'powering-on' : 'powering-off') : null,
    'OS-SRV-USG:launched_at': ecsTime(srv.created_at),
    'OS-SRV-USG:terminated_at': null,
    'os-extended-volumes:volumes_attached': srv.volumes.map((v) => ({ id: v.volume_id })),
  };
}
