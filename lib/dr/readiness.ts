import type { CloudServer, ProtectedInstance, ReplicationPair, ServerGroup } from '../otc/schemas';
import { faultLevelInfo } from './fault-levels';

/**
 * Could this group be recovered if its production AZ failed now? Each check says what is wrong,
 * why it matters and what to do, with a link to the place where it is done. Pure: the facts are
 * loaded elsewhere (`readiness-context.ts`), so every rule is tested on its own.
 */
export type Verdict = 'ready' | 'at-risk' | 'not-protected';
export type CheckLevel = 'ok' | 'warning' | 'problem';

export type CheckId =
  | 'protection'
  | 'first-sync'
  | 'health'
  | 'pair-faults'
  | 'dr-flavor'
  | 'dr-server'
  | 'drill'
  | 'failed-tasks'
  | 'drift';

export interface ReadinessCheck {
  id: CheckId;
  level: CheckLevel;
  title: string;
  /** What is wrong (or, when ok, what was found). */
  detail: string;
  why: string;
  remedy: string;
  /** Where the remedy is done. */
  href?: string;
  /** One line per affected item, when there are several. */
  items?: string[];
}

export interface InstanceFacts {
  instance: ProtectedInstance;
  /** The servers at the current production and DR sites; missing when ECS no longer has them. */
  production?: CloudServer;
  dr?: CloudServer;
  /** Whether the DR server's flavor is still sold in the DR site's AZ; null when unknown. */
  drFlavorSold: boolean | null;
}

export interface GroupFacts {
  group: ServerGroup;
  pairs: readonly ReplicationPair[];
  instances: readonly InstanceFacts[];
  /** When the group's last drill succeeded (ms), from the console's ledger and the cloud's drills. */
  lastDrillAt: number | null;
  failedTasks: number;
  drillMaxAgeDays: number;
  now: number;
}

export interface GroupReadiness {
  groupId: string;
  groupName: string;
  verdict: Verdict;
  /** Production runs at the DR site (after a switchover or failover): recovery means going back. */
  runningAtDrSite: boolean;
  checks: ReadinessCheck[];
}

const DAY_MS = 24 * 3600 * 1000;
const groupPage = (g: ServerGroup) => `/protection-groups/${g.id}`;
const instancePage = (i: ProtectedInstance) => `/protected-instances/${i.id}`;

/** Statuses in which the group is protected: replication runs, or ran until a failover. */
const PROTECTED = new Set(['protected', 'failed-over']);

const ok = (id: CheckId, title: string, detail: string): ReadinessCheck => ({
  id,
  level: 'ok',
  title,
  detail,
  why: '',
  remedy: '',
});

function protection(g: ServerGroup): ReadinessCheck {
  if (PROTECTED.has(g.status)) return ok('protection', 'Protection enabled', `The group is ${g.status}.`);
  return {
    id: 'protection',
    level: 'problem',
    title: 'Protection not enabled',
    detail: `The group is ${g.status}: its disks are not replicated to the DR site.`,
    why: 'Without replication there is nothing at the DR site to fail over to.',
    remedy: 'Enable protection on the group page.',
    href: groupPage(g),
  };
}

function firstSync(g: ServerGroup): ReadinessCheck | null {
  if (g.status !== 'protected') return null;
  if (g.progress >= 100 && (g.replication_status ?? 'active') === 'active') {
    return ok('first-sync', 'Replication in sync', 'Every disk is copied and kept in sync.');
  }
  return {
    id: 'first-sync',
    level: 'problem',
    title: 'Replication not in sync',
    detail: `Synchronisation is at ${g.progress} % (replication ${g.replication_status ?? 'unknown'}).`,
    why: 'A failover before the first full synchronisation finishes starts the DR servers on incomplete disks.',
    remedy: 'Wait for the progress to reach 100 % on the group page; a drill is refused until then.',
    href: groupPage(g),
  };
}

function health(g: ServerGroup): ReadinessCheck | null {
  if (g.health_status !== 'abnormal') return null;
  return {
    id: 'health',
    level: 'problem',
    title: 'The cloud reports the group abnormal',
    detail: 'SDRS marks the group’s health abnormal.',
    why: 'Something under the group (a pair, a server) is failing; a recovery may fail with it.',
    remedy: 'Open the group and its pairs: the failing one shows its status and what to do.',
    href: groupPage(g),
  };
}

function pairFaults(pairs: readonly ReplicationPair[]): ReadinessCheck {
  const faulty = pairs.filter((p) => faultLevelInfo(p.fault_level).alarming);
  if (faulty.length === 0) return ok('pair-faults', 'No replication faults', `${pairs.length} pairs report no fault.`);
  const failoverBlocked = faulty.some((p) => p.fault_level === '5');
  return {
    id: 'pair-faults',
    level: 'problem',
    title: 'Replication pairs report faults',
    detail: `${faulty.length} of ${pairs.length} pairs report a fault.`,
    why: failoverBlocked
      ? 'A pair whose replication link is down (level 5) cannot be failed over: the group cannot be recovered.'
      : 'A pair whose production disk is lost (level 2) no longer serves reads and writes: fail over now.',
    remedy: failoverBlocked
      ? 'Contact OTC support about the replication link; fail over only once it is back.'
      : 'Fail the group over to the DR site from the group page.',
    href: `/replication-pairs/${faulty[0]?.id ?? ''}`,
    items: faulty.map((p) => `${p.name}: ${faultLevelInfo(p.fault_level).label}`),
  };
}

function drFlavor(instances: readonly InstanceFacts[]): ReadinessCheck {
  const notSold = instances.filter((f) => f.drFlavorSold === false);
  if (notSold.length === 0) {
    return ok('dr-flavor', 'DR flavors on sale', 'Every DR server’s flavor can be had in the DR AZ.');
  }
  return {
    id: 'dr-flavor',
    level: 'problem',
    title: 'DR flavors sold out',
    detail: `${notSold.length} DR servers use a flavor no longer sold in the DR AZ.`,
    why: 'A DR server whose flavor is sold out may not get the capacity to start when the failover needs it.',
    remedy: 'Change the DR server’s flavor to one on sale (protected instance page, Flavor).',
    href: notSold[0] ? instancePage(notSold[0].instance) : undefined,
    items: notSold.map((f) => `${f.instance.name}: ${f.dr?.flavor.id ?? 'unknown flavor'}`),
  };
}

function drServers(g: ServerGroup, instances: readonly InstanceFacts[]): ReadinessCheck | null {
  // After a failover the DR servers are the ones running: nothing to check here.
  if (g.status === 'failed-over') return null;
  const missing = instances.filter((f) => !f.dr);
  const running = instances.filter((f) => f.dr && f.dr.status !== 'SHUTOFF');
  if (missing.length === 0 && running.length === 0) {
    return ok('dr-server', 'DR servers ready', 'Every DR server exists and is stopped.');
  }
  const first = missing[0] ?? running[0];
  return {
    id: 'dr-server',
    level: 'problem',
    title: missing.length > 0 ? 'DR servers missing' : 'DR servers running',
    detail: [
      missing.length > 0 ? `${missing.length} DR servers are gone` : '',
      running.length > 0 ? `${running.length} DR servers are not stopped` : '',
    ]
      .filter(Boolean)
      .join('; '),
    why:
      missing.length > 0
        ? 'An instance without its DR server has nothing to start at the DR site.'
        : 'A DR server must stay stopped while the production site runs: a switchover or failover stops at it.',
    remedy:
      missing.length > 0
        ? 'Delete the protected instance and protect the server again, which creates a new DR server.'
        : 'Stop the DR server (protected instance page).',
    href: first ? instancePage(first.instance) : undefined,
    items: [
      ...missing.map((f) => `${f.instance.name}: DR server ${f.instance.target_server} not found`),
      ...running.map((f) => `${f.instance.name}: DR server ${f.dr?.name ?? ''} is ${f.dr?.status ?? ''}`),
    ],
  };
}

function drill(f: GroupFacts): ReadinessCheck {
  const maxAge = f.drillMaxAgeDays * DAY_MS;
  if (f.lastDrillAt !== null && f.now - f.lastDrillAt <= maxAge) {
    const days = Math.floor((f.now - f.lastDrillAt) / DAY_MS);
    return ok('drill', 'Drilled recently', `The last drill succeeded ${days === 0 ? 'today' : `${days} days ago`}.`);
  }
  return {
    id: 'drill',
    level: 'warning',
    title: f.lastDrillAt === null ? 'Never drilled' : 'No recent drill',
    detail:
      f.lastDrillAt === null
        ? 'No successful drill of this group is known.'
        : `The last drill succeeded ${Math.floor((f.now - f.lastDrillAt) / DAY_MS)} days ago (more than ${f.drillMaxAgeDays}).`,
    why: 'Only a drill shows that the DR servers start and the application works at the DR site.',
    remedy: 'Run a drill from the group page, check the drill servers, then delete the drill.',
    href: groupPage(f.group),
  };
}

function failedTasks(f: GroupFacts): ReadinessCheck {
  if (f.failedTasks === 0)
    return ok('failed-tasks', 'No failed tasks', 'The task center holds nothing for this group.');
  return {
    id: 'failed-tasks',
    level: 'warning',
    title: 'Unresolved failed tasks',
    detail: `${f.failedTasks} failed tasks of this group are in the task center.`,
    why: 'A failed task may have left a resource half-changed; it stays until someone looks at it.',
    remedy: 'Open the task center: each task says its cause and what to do; dismiss it once handled.',
    href: `/task-center?group=${f.group.id}`,
  };
}

const names = (list: readonly { name: string }[]) =>
  list
    .map((x) => x.name)
    .sort()
    .join(', ');

/** What SDRS does not copy from a production server to its DR server, compared field by field. */
export function serverDrift(production: CloudServer, dr: CloudServer): string[] {
  const differences: string[] = [];
  if (production.name !== dr.name) differences.push(`name ${production.name} / ${dr.name}`);
  if (production.flavor.id !== dr.flavor.id) differences.push(`flavor ${production.flavor.id} / ${dr.flavor.id}`);
  if (names(production.security_groups) !== names(dr.security_groups)) {
    differences.push(
      `security groups ${names(production.security_groups) || 'none'} / ${names(dr.security_groups) || 'none'}`,
    );
  }
  const tags = (s: CloudServer) => [...s.tags].sort().join(', ');
  if (tags(production) !== tags(dr)) differences.push(`tags ${tags(production) || 'none'} / ${tags(dr) || 'none'}`);
  return differences;
}

function drift(instances: readonly InstanceFacts[]): ReadinessCheck {
  const drifting = instances
    .map((f) => ({ f, differences: f.production && f.dr ? serverDrift(f.production, f.dr) : [] }))
    .filter((d) => d.differences.length > 0);
  if (drifting.length === 0) {
    return ok('drift', 'No drift', 'Production and DR servers agree on name, flavor, security groups and tags.');
  }
  return {
    id: 'drift',
    level: 'warning',
    title: 'Production and DR servers differ',
    detail: `${drifting.length} instances differ in settings SDRS does not copy (production / DR).`,
    why: 'After a failover the DR server runs with its own settings: other firewall rules, a smaller flavor, other tags.',
    remedy: 'Align the DR server in ECS, or change its flavor from the protected instance page.',
    href: drifting[0] ? instancePage(drifting[0].f.instance) : undefined,
    items: drifting.map((d) => `${d.f.instance.name}: ${d.differences.join('; ')}`),
  };
}

export function groupReadiness(f: GroupFacts): GroupReadiness {
  const g = f.group;
  const protectionCheck = protection(g);
  const checks = [
    protectionCheck,
    firstSync(g),
    health(g),
    pairFaults(f.pairs),
    drFlavor(f.instances),
    drServers(g, f.instances),
    drill(f),
    failedTasks(f),
    drift(f.instances),
  ].filter((c): c is ReadinessCheck => c !== null);
  const notProtected = protectionCheck.level !== 'ok' || f.instances.length === 0;
  return {
    groupId: g.id,
    groupName: g.name,
    verdict: notProtected ? 'not-protected' : checks.some((c) => c.level !== 'ok') ? 'at-risk' : 'ready',
    runningAtDrSite: g.priority_station === 'target',
    checks,
  };
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  ready: 'Ready',
  'at-risk': 'At risk',
  'not-protected': 'Not protected',
};

/** What an operator must act on first, one category a group: the overview's and the readiness page's cards. */
export type Attention = 'dr-site' | Verdict;

export const ATTENTION_ORDER: readonly Attention[] = ['dr-site', 'not-protected', 'at-risk', 'ready'];

export const ATTENTION_LABELS: Record<Attention, string> = {
  'dr-site': 'Running at the DR site',
  'not-protected': 'Not protected',
  'at-risk': 'At risk',
  ready: 'Ready',
};

export const attentionOf = (r: GroupReadiness): Attention => (r.runningAtDrSite ? 'dr-site' : r.verdict);

export const isAttention = (value: unknown): value is Attention =>
  typeof value === 'string' && (ATTENTION_ORDER as readonly string[]).includes(value);
