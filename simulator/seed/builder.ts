import { macFor, stableUuid } from '../core/ids';
import type { GroupRec, InstanceRec, ServerRec, ServerStatus, VolumeRec } from '../core/model';
import type { State } from '../core/state';

/** Seed timestamps start here and move on a minute per record, so every fresh start is identical. */
const SEED_EPOCH = Date.UTC(2026, 9, 1, 8, 0, 0);

export interface DiskSpec {
  size: number;
  type: string;
  shared?: boolean;
  encrypted?: boolean;
}

export interface ServerSpec {
  name: string;
  az: string;
  vpcId: string;
  subnetId: string;
  ip: string;
  flavor: string;
  status: ServerStatus;
  securityGroupIds: string[];
  /** The first disk is the system disk. */
  disks: DiskSpec[];
  os?: 'Linux' | 'Windows';
}

const DEVICES = 'abcdefghijklmnop';

/** Builds seed records with ids derived from labels (stable across fresh starts). */
export class SeedBuilder {
  private tick = 0;

  constructor(
    readonly state: State,
    readonly projectId: string,
  ) {}

  at(): number {
    this.tick += 1;
    return SEED_EPOCH + this.tick * 60_000;
  }

  volume(label: string, name: string, az: string, spec: DiskSpec, bootable = false): VolumeRec {
    const t = this.at();
    return this.state.put('volume', {
      id: stableUuid(`volume:${label}`),
      project_id: this.projectId,
      name,
      description: '',
      status: 'available',
      size: spec.size,
      volume_type: spec.type,
      az,
      bootable,
      multiattach: spec.shared ?? false,
      encrypted: spec.encrypted ?? false,
      attachments: [],
      created_at: t,
      updated_at: t,
    });
  }

  server(label: string, spec: ServerSpec): ServerRec {
    const t = this.at();
    const id = stableUuid(`server:${label}`);
    const server: ServerRec = {
      id,
      project_id: this.projectId,
      name: spec.name,
      az: spec.az,
      vpc_id: spec.vpcId,
      flavor_id: spec.flavor,
      status: spec.status,
      nics: [
        {
          port_id: stableUuid(`port:${label}`),
          subnet_id: spec.subnetId,
          ip: spec.ip,
          mac: macFor(label),
          primary: true,
        },
      ],
      volumes: [],
      security_group_ids: spec.securityGroupIds,
      image_name: spec.os === 'Windows' ? 'Enterprise_Windows_STD_2022' : 'Standard_Ubuntu_24.04_latest',
      os_type: spec.os ?? 'Linux',
      created_at: t,
      updated_at: t,
    };
    spec.disks.forEach((disk, i) => {
      const device = `/dev/vd${DEVICES[i]}`;
      const vol = this.volume(
        `${label}:disk${i}`,
        `${spec.name}-${i === 0 ? 'sys' : `data${i}`}`,
        spec.az,
        disk,
        i === 0,
      );
      this.attach(server, vol, device);
    });
    return this.state.put('server', server);
  }

  attach(server: ServerRec, vol: VolumeRec, device: string): void {
    server.volumes.push({ volume_id: vol.id, device, boot_index: vol.bootable ? 0 : null });
    vol.attachments.push({
      server_id: server.id,
      device,
      attachment_id: stableUuid(`attachment:${server.id}:${vol.id}`),
      attached_at: vol.created_at,
    });
    vol.status = 'in-use';
    this.state.put('volume', vol);
  }

  group(label: string, g: Omit<GroupRec, 'id' | 'project_id' | 'created_at' | 'updated_at'>): GroupRec {
    const t = this.at();
    return this.state.put('group', {
      ...g,
      id: stableUuid(`group:${label}`),
      project_id: this.projectId,
      created_at: t,
      updated_at: t,
    });
  }

  /**
   * A protected instance as the cloud leaves it after a successful create (and, for a protected
   * group, a finished sync): DR server stopped in the DR AZ, one pair per disk, attached.
   */
  protect(g: GroupRec, prod: ServerRec, label: string, name: string): InstanceRec {
    const isProtected = g.status === 'protected';
    const drAz = g.source_az === prod.az ? g.target_az : g.source_az;
    const createdAt = this.at();
    const dr = this.state.put('server', {
      ...prod,
      id: stableUuid(`server:${label}:dr`),
      az: drAz,
      status: 'SHUTOFF',
      nics: prod.nics.map((n) => ({ ...n, port_id: stableUuid(`port:${label}:dr`), mac: macFor(`${label}:dr`) })),
      volumes: [],
      // A new server: none of the production server's history carries over.
      created_at: createdAt,
      updated_at: createdAt,
    });
    const pi: InstanceRec = {
      id: stableUuid(`instance:${label}`),
      project_id: this.projectId,
      group_id: g.id,
      name,
      description: null,
      status: isProtected ? 'protected' : 'available',
      progress: isProtected ? 100 : 0,
      source_server: prod.id,
      target_server: dr.id,
      tags: [],
      created_at: this.at(),
      updated_at: this.at(),
    };
    for (const ref of prod.volumes) {
      const prodVol = this.state.get('volume', ref.volume_id);
      if (!prodVol) continue;
      const drVol = this.volume(
        `${label}:dr:${ref.device}`,
        prodVol.name,
        drAz,
        { size: prodVol.size, type: prodVol.volume_type },
        prodVol.bootable,
      );
      this.attach(dr, drVol, ref.device);
      const t = this.at();
      this.state.put('pair', {
        id: stableUuid(`pair:${label}:${ref.device}`),
        project_id: this.projectId,
        group_id: g.id,
        name: `${name}-${ref.device.split('/').pop() ?? 'disk'}`,
        description: null,
        status: pi.status,
        progress: isProtected ? 100 : 0,
        replication_status: isProtected ? 'active' : 'inactive',
        attachment: [{ device: ref.device, protected_instance: pi.id }],
        volume_ids: [prodVol.id, drVol.id],
        priority_station: g.priority_station,
        fault_level: '0',
        failure_detail: null,
        created_at: t,
        updated_at: t,
      });
    }
    this.state.put('server', dr);
    return this.state.put('instance', pi);
  }
}
