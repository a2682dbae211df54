import { statusInfo } from './status-map';

/**
 * Pre-flight rules of the DR cycle (reference §2.2 and the §2.5 group action table): for each
 * action, the statuses it is allowed from and the other preconditions, with the reason in plain
 * words and the SDRS code the cloud would answer. The same verdict disables a button with its
 * reason and makes the server refuse the action before anything is sent.
 */
export type Verdict = { ok: true } | { ok: false; reason: string; code: string | null };

export const OK: Verdict = { ok: true };
export const no = (reason: string, code: string | null = null): Verdict => ({ ok: false, reason, code });

export interface ServerPower {
  name: string;
  /** ECS status: ACTIVE (running), SHUTOFF (stopped), or another (changing, error). */
  status: string;
}

/** What the rules need to know about a group: its own state, its members, and where its servers stand. */
export interface GroupFacts {
  status: string;
  replicationStatus: string | null;
  instanceCount: number;
  pairCount: number;
  drillCount: number;
  /** The servers at the current production site and at the DR site. */
  productionServers: readonly ServerPower[];
  drServers: readonly ServerPower[];
}

export const CYCLE_ACTIONS = [
  'enable',
  'disable',
  'switchover',
  'failover',
  'reprotect',
  'createDrill',
  'deleteGroup',
] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

/** The statuses each group action is allowed from (reference §2.5; delete is [inferred] there). */
export const ALLOWED_GROUP_STATUSES: Record<CycleAction, readonly string[]> = {
  enable: ['available', 'error-starting'],
  disable: ['protected', 'error-stopping'],
  switchover: ['protected', 'error-reversing'],
  failover: ['protected', 'error-failing-over', 'error-reversing'],
  reprotect: ['failed-over', 'error-reprotecting'],
  createDrill: [
    'available',
    'protected',
    'failed-over',
    'error-starting',
    'error-stopping',
    'error-reversing',
    'error-reprotecting',
    'error-failing-over',
  ],
  deleteGroup: ['available', 'error', 'error-deleting'],
};

/** Every server of a site must be stopped (switchover: the production site; re-protect: the DR site). */
function allStopped(servers: readonly ServerPower[], site: string, code: string): Verdict {
  const up = servers.filter((s) => s.status !== 'SHUTOFF');
  return up.length === 0
    ? OK
    : no(`All servers at the ${site} must be stopped first (${up.map((s) => s.name).join(', ')}).`, code);
}

function statusAllows(action: CycleAction, g: GroupFacts, what: string): Verdict {
  if (ALLOWED_GROUP_STATUSES[action].includes(g.status)) return OK;
  const now = statusInfo(g.status).label;
  const labels = ALLOWED_GROUP_STATUSES[action].map((s) => statusInfo(s).label);
  const allowed = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : labels.join('');
  return no(
    `${what} is possible when the group is ${allowed}; it is ${now}.`,
    action === 'disable' ? 'SDRS.1019' : 'SDRS.1002',
  );
}

const needsPairs = (g: GroupFacts, code: string): Verdict =>
  g.pairCount > 0 ? OK : no('The group has no replication pair yet: protect a server or add a pair first.', code);

export const firstRefusal = (...verdicts: (() => Verdict)[]): Verdict => {
  for (const verdict of verdicts) {
    const v = verdict();
    if (!v.ok) return v;
  }
  return OK;
};

/** Whether the action may run on the group now; if not, why, and the code it would fail with. */
export function checkGroupAction(action: CycleAction, g: GroupFacts): Verdict {
  switch (action) {
    case 'enable':
      return firstRefusal(
        () => statusAllows(action, g, 'Enabling protection'),
        () => needsPairs(g, 'SDRS.1027'),
      );
    case 'disable':
      return statusAllows(action, g, 'Disabling protection');
    case 'switchover':
      return firstRefusal(
        () => statusAllows(action, g, 'A planned failover'),
        () => needsPairs(g, 'SDRS.1029'),
        () =>
          g.replicationStatus === 'copying'
            ? no('Replication is still synchronizing; wait until it is in sync.', 'SDRS.1830')
            : OK,
        () => allStopped(g.productionServers, 'production site', 'SDRS.1319'),
      );
    case 'failover':
      return firstRefusal(
        () => statusAllows(action, g, 'A failover'),
        () => needsPairs(g, 'SDRS.1030'),
      );
    case 'reprotect':
      return firstRefusal(
        () => statusAllows(action, g, 'Re-protecting'),
        () => allStopped(g.drServers, 'DR site', 'SDRS.1342'),
      );
    case 'createDrill':
      return firstRefusal(
        () => statusAllows(action, g, 'A DR drill'),
        () =>
          g.replicationStatus === 'copying'
            ? no('The first full synchronization has not finished; drill once replication is in sync.', 'SDRS.1830')
            : OK,
      );
    case 'deleteGroup':
      return firstRefusal(
        () =>
          g.instanceCount > 0
            ? no(`The group still has ${g.instanceCount} protected instance(s); delete them first.`, 'SDRS.1001')
            : OK,
        () =>
          g.pairCount > 0
            ? no(`The group still has ${g.pairCount} replication pair(s); delete them first.`, 'SDRS.1010')
            : OK,
        () =>
          g.drillCount > 0
            ? no(`The group still has ${g.drillCount} DR drill(s); delete them first.`, 'SDRS.1003')
            : OK,
        () => statusAllows(action, g, 'Deleting the group'),
      );
  }
}

/** "… (would fail with SDRS.1319)": a refusal as a button shows it. */
export const verdictText = (v: Verdict): string | null =>
  v.ok ? null : v.code ? `${v.reason} (would fail with ${v.code})` : v.reason;

/** Statuses a protected instance may be deleted from (reference §2.2 I5). */
export const INSTANCE_DELETABLE = [
  'available',
  'protected',
  'failed-over',
  'error',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
  'error-resizing',
  'invalid',
  'fault',
];

/** Group statuses while an operation runs: members cannot be deleted then. */
const GROUP_BUSY = ['creating', 'deleting', 'starting', 'stopping', 'reversing', 'failing-over', 'reprotecting'];

export function checkDeleteInstance(instanceStatus: string, groupStatus: string): Verdict {
  if (!INSTANCE_DELETABLE.includes(instanceStatus))
    return no(`The instance is ${statusInfo(instanceStatus).label}; wait for its operation to end.`, 'SDRS.1301');
  if (GROUP_BUSY.includes(groupStatus))
    return no(`The group is ${statusInfo(groupStatus).label}; wait for it to finish.`, 'SDRS.1324');
  return OK;
}

/** Statuses a replication pair may be deleted from, and its group's (reference §2.2 R4). */
export const PAIR_DELETABLE = [
  'available',
  'protected',
  'failed-over',
  'error',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
  'error-attaching',
  'error-extending',
  'invalid',
  'fault',
];
export const PAIR_GROUP_DELETABLE = [
  'available',
  'protected',
  'failed-over',
  'error-starting',
  'error-stopping',
  'error-reversing',
  'error-failing-over',
  'error-deleting',
  'error-reprotecting',
];

export function checkDeletePair(pair: { status: string; attachedTo: string | null }, groupStatus: string): Verdict {
  if (pair.attachedTo)
    return no(
      `The pair is attached to ${pair.attachedTo}; delete that instance or detach the pair first.`,
      'SDRS.1605',
    );
  if (!PAIR_DELETABLE.includes(pair.status))
    return no(`The pair is ${statusInfo(pair.status).label}; wait for its operation to end.`, 'SDRS.0214');
  if (!PAIR_GROUP_DELETABLE.includes(groupStatus))
    return no(`The group is ${statusInfo(groupStatus).label}; wait for it to finish.`, 'SDRS.1002');
  return OK;
}

/** Statuses a drill may be deleted from (reference §2.2 X5). */
export function checkDeleteDrill(drillStatus: string): Verdict {
  return ['available', 'error', 'error-deleting'].includes(drillStatus)
    ? OK
    : no(`The drill is ${statusInfo(drillStatus).label}; wait for it to finish.`, 'SDRS.1002');
}

/** An existing VPC can host a drill when it copies the group VPC's CIDR and is not the group's VPC. */
export function drillVpcProblem(
  vpc: { id: string; cidr: string },
  group: { vpcId: string; vpcCidr: string | null },
): string | null {
  if (vpc.id === group.vpcId) return "This is the group's own VPC; a drill needs a VPC of its own (SDRS.1907).";
  if (vpc.cidr !== group.vpcCidr)
    return `CIDR ${vpc.cidr}; the group's VPC has ${group.vpcCidr ?? 'another'} (SDRS.1909).`;
  return null;
}
