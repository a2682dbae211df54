import { ipProblem } from '../schemas/ip';
import { firstRefusal, no, OK, type Verdict } from './cycle-rules';
import { statusInfo } from './status-map';

/**
 * Pre-flight rules of the day-two operations on protected instances and replication pairs
 * (reference §2.2 I7–I12, T1–T4, R5, R6), each refusal with the SDRS code the cloud would answer.
 * The page disables a control with the same verdict the server action refuses with.
 */

/** Group and instance statuses in which an instance can be changed (attach, NICs, resize). */
export const STEADY = ['available', 'protected'];
export const RESIZABLE_INSTANCE = ['available', 'protected', 'error-resizing'];
/** The UMN's limit of NICs per protected instance (SDRS.1340 past it). */
export const MAX_NICS = 12;
/** Tags the console keeps per instance: the OTC console's and the create API's limit. */
export const MAX_TAGS = 10;

const label = (status: string) => statusInfo(status).label;

/** Group and instance both in a status the operation is allowed from. */
export function checkSteady(
  groupStatus: string,
  instanceStatus: string,
  instanceCode: string,
  allowed = STEADY,
): Verdict {
  if (!STEADY.includes(groupStatus))
    return no(`The group is ${label(groupStatus)}; this needs it Available or Protected.`, 'SDRS.1024');
  if (!allowed.includes(instanceStatus))
    return no(`The instance is ${label(instanceStatus)}; this needs it Available or Protected.`, instanceCode);
  return OK;
}

/** Device names are `/dev/vdX` on KVM and `/dev/sdX` on Xen, and the cloud treats them as one. */
const deviceLetter = (device: string): string | null => /^\/dev\/(?:x?v|s)d([a-z])$/.exec(device)?.[1] ?? null;
export const isSystemDevice = (device: string): boolean => deviceLetter(device) === 'a';

/** The device names still free on the server, system disk slot first when it is free. */
export function freeDevices(used: readonly string[]): string[] {
  const taken = new Set(used.map(deviceLetter));
  return [...'abcdefghijklmnopqrstuvwxyz'].filter((l) => !taken.has(l)).map((l) => `/dev/vd${l}`);
}

export interface AttachFacts {
  groupStatus: string;
  instanceStatus: string;
  pair: { status: string; groupId: string; attachedTo: string | null; shared: boolean };
  groupId: string;
  device: string;
  /** Devices in use on the instance's current production server. */
  usedDevices: readonly string[];
  /** Whether the current production server is stopped (a system disk needs that). */
  serverStopped: boolean;
}

export function checkAttach(f: AttachFacts): Verdict {
  return firstRefusal(
    () => checkSteady(f.groupStatus, f.instanceStatus, 'SDRS.1328'),
    () => (f.pair.groupId === f.groupId ? OK : no('The pair belongs to another protection group.', 'SDRS.1611')),
    () =>
      STEADY.includes(f.pair.status)
        ? OK
        : no(`The pair is ${label(f.pair.status)}; it must be Available or Protected.`, 'SDRS.1601'),
    () =>
      f.pair.attachedTo && !f.pair.shared
        ? no(`The pair is attached to ${f.pair.attachedTo} already.`, 'SDRS.1603')
        : OK,
    () => (deviceLetter(f.device) ? OK : no('Choose a device name such as /dev/vdb.', 'SDRS.0201')),
    () =>
      f.usedDevices.some((d) => deviceLetter(d) === deviceLetter(f.device))
        ? no(`${f.device} is in use on the server; choose a free device name.`, 'SDRS.1603')
        : OK,
    () =>
      isSystemDevice(f.device) && !f.serverStopped
        ? no('A system disk can be attached only while the server is stopped.', 'SDRS.1316')
        : OK,
  );
}

/** Statuses detaching is allowed from (reference §2.2 I9). */
export const DETACH_GROUP = [
  'available',
  'protected',
  'failed-over',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
];
export const DETACH_INSTANCE = [
  ...DETACH_GROUP,
  'error-deleting',
  'error-reprotecting',
  'error-resizing',
  'invalid',
  'fault',
];
export const DETACH_PAIR = [
  ...DETACH_GROUP,
  'error-attaching',
  'error-detaching',
  'error-deleting',
  'error-reprotecting',
  'error-extending',
  'invalid',
  'fault',
];

export interface DetachFacts {
  groupStatus: string;
  instanceStatus: string;
  pairStatus: string;
  device: string;
  /** ECS status of the instance's current production server. */
  serverStatus: string;
}

export function checkDetach(f: DetachFacts): Verdict {
  return firstRefusal(
    () =>
      DETACH_GROUP.includes(f.groupStatus)
        ? OK
        : no(`The group is ${label(f.groupStatus)}; wait for it to finish.`, 'SDRS.1002'),
    () =>
      DETACH_INSTANCE.includes(f.instanceStatus)
        ? OK
        : no(`The instance is ${label(f.instanceStatus)}; wait for its operation to end.`, 'SDRS.1328'),
    () =>
      DETACH_PAIR.includes(f.pairStatus)
        ? OK
        : no(`The pair is ${label(f.pairStatus)}; wait for it to finish.`, 'SDRS.0214'),
    () =>
      isSystemDevice(f.device) && f.serverStatus !== 'SHUTOFF'
        ? no('This is the system disk: stop the server before detaching it.', 'SDRS.1316')
        : OK,
  );
}

export type ResizeTarget = 'production' | 'dr' | 'both';

export interface ResizeFacts {
  groupStatus: string;
  instanceStatus: string;
  target: ResizeTarget;
  flavorId: string;
  production: { flavorId: string; status: string; name: string };
  dr: { flavorId: string; status: string; name: string };
  /** Why the flavor cannot be chosen (sold out, not a resize target), or null. */
  flavorProblem: string | null;
}

export function checkResize(f: ResizeFacts): Verdict {
  const prod = f.target !== 'dr';
  const dr = f.target !== 'production';
  return firstRefusal(
    () => checkSteady(f.groupStatus, f.instanceStatus, 'SDRS.1328', RESIZABLE_INSTANCE),
    () => (f.flavorProblem ? no(f.flavorProblem, null) : OK),
    () =>
      (!prod || f.flavorId === f.production.flavorId) && (!dr || f.flavorId === f.dr.flavorId)
        ? no(`The server${prod && dr ? 's have' : ' has'} ${f.flavorId} already; choose another flavor.`, 'SDRS.1341')
        : OK,
    () =>
      prod && f.production.status !== 'SHUTOFF'
        ? no(`Stop the production server ${f.production.name} first.`, 'SDRS.1352')
        : OK,
    () => (dr && f.dr.status !== 'SHUTOFF' ? no(`Stop the DR server ${f.dr.name} first.`, 'SDRS.1342') : OK),
  );
}

export interface NicSubnet {
  id: string;
  vpcId: string;
  cidr: string;
  gateway: string;
}

export interface AddNicFacts {
  groupStatus: string;
  instanceStatus: string;
  groupVpcId: string;
  nicCount: number;
  /** The chosen subnet, or null when it does not exist (any more). */
  subnet: NicSubnet | null;
  /** The fixed IP asked for; empty lets the cloud choose. */
  ip: string;
  /** Addresses already used in the subnet. */
  takenIps: readonly string[];
}

/** The state checks alone: whether "Add NIC" can be offered at all. */
export function checkNicChange(groupStatus: string, instanceStatus: string): Verdict {
  return checkSteady(groupStatus, instanceStatus, 'SDRS.1327');
}

export function checkAddNic(f: AddNicFacts): Verdict {
  return firstRefusal(
    () => checkNicChange(f.groupStatus, f.instanceStatus),
    () =>
      f.nicCount >= MAX_NICS
        ? no(`The server has ${f.nicCount} NICs, the most a protected instance can have.`, 'SDRS.1340')
        : OK,
    () => (f.subnet && f.subnet.vpcId === f.groupVpcId ? OK : no("Choose a subnet of the group's VPC.", 'SDRS.1335')),
    () => {
      if (!f.ip || !f.subnet) return OK;
      const problem = ipProblem(f.ip, { cidr: f.subnet.cidr, gateway_ip: f.subnet.gateway });
      if (problem) return no(problem, 'SDRS.0219');
      return f.takenIps.includes(f.ip) ? no(`${f.ip} is used by another NIC in this subnet.`, 'SDRS.1334') : OK;
    },
  );
}

export function checkDeleteNic(f: {
  groupStatus: string;
  instanceStatus: string;
  nic: { primary: boolean } | null;
}): Verdict {
  return firstRefusal(
    () => checkNicChange(f.groupStatus, f.instanceStatus),
    () => (f.nic ? OK : no('This NIC is no longer on the server.', 'SDRS.1310')),
    () => (f.nic?.primary ? no('The primary NIC cannot be deleted.', 'SDRS.1311') : OK),
  );
}

/** Tags cannot change while the instance is being created or deleted (SDRS.2221 / 2222). */
const TAG_LOCKED = ['creating', 'deleting'];

export function checkTags(f: { instanceStatus: string; count: number }): Verdict {
  return firstRefusal(
    () =>
      TAG_LOCKED.includes(f.instanceStatus)
        ? no(`The instance is ${label(f.instanceStatus)}; tags can change once that ends.`, 'SDRS.2221')
        : OK,
    () =>
      f.count > MAX_TAGS
        ? no(`An instance has at most ${MAX_TAGS} tags here; remove one before adding another.`, 'SDRS.2203')
        : OK,
  );
}

export const EXPANDABLE_PAIR = ['available', 'protected', 'error-extending'];

export interface ExpandFacts {
  pairStatus: string;
  currentSize: number;
  newSize: number;
  /** The pair's production and DR disks. */
  disks: readonly { status: string; shared: boolean }[];
}

/** Whether the pair can be expanded at all, whatever the size. */
export function checkExpandable(f: Omit<ExpandFacts, 'newSize' | 'currentSize'>): Verdict {
  return firstRefusal(
    () =>
      EXPANDABLE_PAIR.includes(f.pairStatus)
        ? OK
        : no(`The pair is ${label(f.pairStatus)}; it must be Available, Protected or Expansion failed.`, 'SDRS.0214'),
    () =>
      f.disks.some((d) => d.shared && d.status === 'in-use')
        ? no('A shared disk that is in use cannot be expanded online; detach it first.', 'SDRS.1818')
        : OK,
    () =>
      f.disks.some((d) => !['available', 'in-use'].includes(d.status))
        ? no('Both disks must be Available or In use.', 'SDRS.1817')
        : OK,
  );
}

export function checkExpand(f: ExpandFacts): Verdict {
  return firstRefusal(
    () => checkExpandable(f),
    () =>
      Number.isInteger(f.newSize) && f.newSize > f.currentSize
        ? OK
        : no(`Enter more than the current ${f.currentSize} GB: a disk can only grow.`, 'SDRS.0201'),
  );
}

/** A flavor as the resize dialog offers it: whether each site can take it. */
export interface FlavorChoice {
  id: string;
  vcpus: number;
  ramMb: number;
  /** Listed by ECS as a resize target of the server's present flavor. */
  offered: { production: boolean; dr: boolean };
  /** Sold in the site's AZ (not sold out or withdrawn). */
  sold: { production: boolean; dr: boolean };
}

/** Why a flavor cannot be chosen for a resize of these servers, or null. */
export function flavorProblem(choice: FlavorChoice | undefined, target: ResizeTarget): string | null {
  if (!choice) return 'This flavor is not offered in this region.';
  const sites = target === 'both' ? (['production', 'dr'] as const) : ([target] as const);
  for (const site of sites) {
    const where = site === 'production' ? 'production' : 'DR';
    if (!choice.offered[site]) return `Not offered as a resize target of the ${where} server's flavor.`;
    if (!choice.sold[site]) return `Sold out in the ${where} AZ.`;
  }
  return null;
}
