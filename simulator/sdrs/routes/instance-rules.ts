import { sdrsError } from '../../core/errors';
import { newUuid } from '../../core/ids';
import type { GroupRec, ServerRec } from '../../core/model';
import type { Sim } from '../../core/sim';
import { ipInCidr, ipv4ToInt } from '../../core/validation';
import { findFlavor, flavorSellsIn } from '../../ecs/flavors';
import type { PlannedDisk } from '../jobs/instance-jobs';
import { quotaFor } from './quotas';
import { drAz, instanceOfServer, pairOfVolume, productionAz, serverVolumes } from '../topology';

/** The production server's preconditions for I1, each with its documented code. */
export function checkInstancePlacement(sim: Sim, projectId: string, g: GroupRec, serverId: string): ServerRec {
  const server = sim.state.get('server', serverId);
  if (!server || server.project_id !== projectId) throw sdrsError('SDRS.1326', 'Server not found');
  if (server.az !== productionAz(g)) {
    throw sdrsError('SDRS.1303', 'Server AZ and production site AZ of the protection group are different');
  }
  if (server.vpc_id !== g.vpc_id) {
    throw sdrsError('SDRS.1304', 'VPC of the server inconsistent with that of the protection group');
  }
  if (instanceOfServer(sim.state, server.id)) {
    throw sdrsError('SDRS.1305', 'Server already used to create a protected instance');
  }
  if (server.status !== 'ACTIVE' && server.status !== 'SHUTOFF') {
    throw sdrsError('SDRS.1333', 'Operation not allowed because the server status is not active or shutoff');
  }
  const volumes = serverVolumes(sim.state, server);
  if (!volumes.some((v) => v.bootable)) throw sdrsError('SDRS.1339', 'No system disk attached to the server');
  // [inferred] A shared disk must go through its own pair (UMN); no code is documented for this case.
  if (volumes.some((v) => v.multiattach)) throw sdrsError('SDRS.1806', 'Operation not allowed by disk type');
  if (volumes.some((v) => v.encrypted)) throw sdrsError('SDRS.1802', 'Disk encrypted');
  if (volumes.some((v) => pairOfVolume(sim.state, v.id))) {
    throw sdrsError('SDRS.1811', 'Disk already used by a replication pair');
  }
  return server;
}

export function checkDrFlavor(g: GroupRec, flavorRef: unknown, soldOut: ReadonlySet<string>): string {
  if (flavorRef === undefined || flavorRef === null || flavorRef === '') return '';
  const flavor = typeof flavorRef === 'string' ? findFlavor(flavorRef) : undefined;
  if (!flavor || !flavorSellsIn(flavor, drAz(g), soldOut)) {
    throw sdrsError('SDRS.1353', 'DR site server specifications not support protected instance creation');
  }
  return flavor.id;
}

/** DR primary NIC: `primary_subnet_id` is the subnet's network id; the IP only counts with a subnet. */
export function planDrNetwork(
  sim: Sim,
  g: GroupRec,
  subnetRef: unknown,
  ipRef: unknown,
): { subnetId: string; ip: string } {
  if (subnetRef === undefined || subnetRef === null || subnetRef === '') return { subnetId: '', ip: '' };
  const subnet = typeof subnetRef === 'string' ? sim.state.get('subnet', subnetRef) : undefined;
  if (!subnet || subnet.vpc_id !== g.vpc_id) throw sdrsError('SDRS.1335', 'Subnet not found');
  if (ipRef === undefined || ipRef === null || ipRef === '') return { subnetId: subnet.id, ip: '' };
  checkFreeIp(sim, subnet.id, ipRef);
  return { subnetId: subnet.id, ip: ipRef as string };
}

export function checkFreeIp(sim: Sim, subnetId: string, ipRef: unknown): string {
  const subnet = sim.state.get('subnet', subnetId);
  if (
    !subnet ||
    typeof ipRef !== 'string' ||
    ipv4ToInt(ipRef) === null ||
    !ipInCidr(ipRef, subnet.cidr) ||
    ipRef === subnet.gateway_ip
  ) {
    throw sdrsError('SDRS.0219', 'Invalid IP address');
  }
  const inUse = sim.state.all('server').some((s) => s.nics.some((n) => n.subnet_id === subnetId && n.ip === ipRef));
  if (inUse) throw sdrsError('SDRS.1334', 'Private IP address in the subnet is in use');
  return ipRef;
}

/** The first free address of the subnet from `firstHost` on, never its gateway. */
export function firstFreeIp(sim: Sim, subnetId: string, firstHost = 10): string {
  const subnet = sim.state.get('subnet', subnetId);
  const taken = new Set(
    sim.state.all('server').flatMap((s) => s.nics.filter((n) => n.subnet_id === subnetId).map((n) => n.ip)),
  );
  const [base] = (subnet?.cidr ?? '192.168.0.0/24').split('/');
  const prefix = (base ?? '192.168.0.0').split('.').slice(0, 3).join('.');
  for (let host = firstHost; host < 250; host++) {
    const ip = `${prefix}.${host}`;
    if (!taken.has(ip) && ip !== subnet?.gateway_ip) return ip;
  }
  throw sdrsError('SDRS.1334', 'Private IP address in the subnet is in use');
}

export function planDisks(sim: Sim, projectId: string, server: ServerRec, instanceName: string): PlannedDisk[] {
  const disks = server.volumes.filter((ref) => !sim.state.get('volume', ref.volume_id)?.multiattach);
  const used = sim.state.where('pair', (p) => p.project_id === projectId).length;
  if (used + disks.length > quotaFor(sim, projectId).replications)
    throw sdrsError('SDRS.0306', 'Insufficient replication pair quota');
  return disks.map((ref) => {
    const suffix = `-${ref.device.split('/').pop() ?? 'disk'}`;
    return {
      volume_id: ref.volume_id,
      device: ref.device,
      pair_id: newUuid(),
      dr_volume_id: newUuid(),
      pair_name: `${instanceName.slice(0, 64 - suffix.length)}${suffix}`,
    };
  });
}
