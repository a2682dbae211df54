import { newUuid } from '../core/ids';
import type { GroupRec, InstanceRec, PairRec, ServerRec, VolumeRec } from '../core/model';
import type { State } from '../core/state';

/** The AZ that currently runs production (it moves on switchover and failover). */
export const productionAz = (g: GroupRec): string => (g.priority_station === 'source' ? g.source_az : g.target_az);
export const drAz = (g: GroupRec): string => (g.priority_station === 'source' ? g.target_az : g.source_az);

export const instancesOf = (s: State, groupId: string): InstanceRec[] =>
  s.where('instance', (i) => i.group_id === groupId);
export const pairsOf = (s: State, groupId: string): PairRec[] => s.where('pair', (p) => p.group_id === groupId);
export const drillsOf = (s: State, groupId: string) => s.where('drill', (d) => d.group_id === groupId);

export const pairOfVolume = (s: State, volumeId: string): PairRec | undefined =>
  s.all('pair').find((p) => p.volume_ids.includes(volumeId));

/** The pair's disks by the side they are on now (volume_ids[0] is only the production disk at creation). */
export function pairVolumes(s: State, g: GroupRec, p: PairRec): { prod?: VolumeRec; dr?: VolumeRec } {
  const vols = p.volume_ids.map((id) => s.get('volume', id));
  return { prod: vols.find((v) => v?.az === productionAz(g)), dr: vols.find((v) => v?.az === drAz(g)) };
}

export const instanceOfServer = (s: State, serverId: string): InstanceRec | undefined =>
  s.all('instance').find((i) => i.source_server === serverId || i.target_server === serverId);

export const serverVolumes = (s: State, server: ServerRec): VolumeRec[] =>
  server.volumes.map((v) => s.get('volume', v.volume_id)).filter((v): v is VolumeRec => v !== undefined);

/** The instance's server that sits in the group's current production AZ. */
export function currentProductionServer(s: State, g: GroupRec, pi: InstanceRec): ServerRec | undefined {
  const servers = [pi.source_server, pi.target_server].map((id) => s.get('server', id));
  return servers.find((srv) => srv?.az === productionAz(g));
}

export function currentDrServer(s: State, g: GroupRec, pi: InstanceRec): ServerRec | undefined {
  const servers = [pi.source_server, pi.target_server].map((id) => s.get('server', id));
  return servers.find((srv) => srv?.az === drAz(g));
}

const touch = <T extends { updated_at: number }>(rec: T, now: number): T => {
  rec.updated_at = now;
  return rec;
};

export function setGroupStatus(s: State, g: GroupRec, status: string, now: number): void {
  g.status = status;
  s.put('group', touch(g, now));
}

/** Members follow the group through each group action (reference §2.5, [inferred]). */
export function setMemberStatus(s: State, groupId: string, status: string, now: number): void {
  for (const pi of instancesOf(s, groupId)) {
    pi.status = status;
    s.put('instance', touch(pi, now));
  }
  for (const p of pairsOf(s, groupId)) {
    p.status = status;
    s.put('pair', touch(p, now));
  }
}

/** Sync progress shown on the group, its pairs and instances while replication copies. */
export function setSyncProgress(s: State, groupId: string, progress: number, now: number): void {
  const g = s.get('group', groupId);
  if (g) {
    g.progress = progress;
    g.replication_status = progress >= 100 ? 'active' : 'copying';
    s.put('group', touch(g, now));
  }
  for (const p of pairsOf(s, groupId)) {
    p.progress = progress;
    p.replication_status = progress >= 100 ? 'active' : 'copying';
    s.put('pair', touch(p, now));
  }
  for (const pi of instancesOf(s, groupId)) {
    pi.progress = progress;
    s.put('instance', touch(pi, now));
  }
}

export function createVolume(
  s: State,
  from: Pick<VolumeRec, 'project_id' | 'name' | 'size' | 'volume_type' | 'az' | 'bootable' | 'multiattach'> &
    Partial<Pick<VolumeRec, 'id' | 'status'>>,
  now: number,
): VolumeRec {
  return s.put('volume', {
    description: '',
    status: 'available',
    encrypted: false,
    attachments: [],
    created_at: now,
    updated_at: now,
    ...from,
    id: from.id ?? newUuid(),
  });
}

export function attachVolume(s: State, server: ServerRec, volume: VolumeRec, device: string, now: number): void {
  if (!server.volumes.some((v) => v.volume_id === volume.id)) {
    server.volumes.push({ volume_id: volume.id, device, boot_index: volume.bootable ? 0 : null });
    server.updated_at = now;
    s.put('server', server);
  }
  if (!volume.attachments.some((a) => a.server_id === server.id)) {
    volume.attachments.push({ server_id: server.id, device, attachment_id: newUuid(), attached_at: now });
  }
  volume.status = 'in-use';
  s.put('volume', touch(volume, now));
}

export function detachVolume(s: State, server: ServerRec | undefined, volume: VolumeRec, now: number): void {
  if (server) {
    server.volumes = server.volumes.filter((v) => v.volume_id !== volume.id);
    server.updated_at = now;
    s.put('server', server);
  }
  volume.attachments = volume.attachments.filter((a) => a.server_id !== server?.id);
  volume.status = volume.attachments.length > 0 ? 'in-use' : 'available';
  s.put('volume', touch(volume, now));
}

/** `/dev/vdb` → `vdb`; `/dev/sdb` on KVM is treated as `/dev/vdb` (reference §2.2 I8). */
export const normaliseDevice = (device: string): string => device.replace(/^\/dev\/[sx]?[sv]d/, '/dev/vd');

export function deviceInUse(server: ServerRec, device: string): boolean {
  return server.volumes.some((v) => normaliseDevice(v.device) === normaliseDevice(device));
}
