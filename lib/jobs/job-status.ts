import { statusInfo } from '../dr/status-map';

/**
 * The job ledger's statuses: SUBMITTING while the console sends the request, then the cloud job's
 * own (reference §2.3: INIT, RUNNING, SUCCESS, FAIL). Everything that asks "has it ended?", "did
 * it work?" or "what is it called?" asks here; the labels come from the one status map.
 */
export const LEDGER_STATUSES = ['SUBMITTING', 'INIT', 'RUNNING', 'SUCCESS', 'FAIL'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

/** Followed by the poller. */
export const ACTIVE_STATUSES: LedgerStatus[] = ['INIT', 'RUNNING'];
export const TERMINAL_STATUSES = ['SUCCESS', 'FAIL'] as const satisfies readonly LedgerStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export const isTerminal = (status: string): status is TerminalStatus =>
  (TERMINAL_STATUSES as readonly string[]).includes(status);
export const succeeded = (status: string): boolean => status === 'SUCCESS';
export const failed = (status: string): boolean => status === 'FAIL';

/** A cloud job's status as the ledger keeps it: anything unknown and not ended counts as running. */
export const fromCloudStatus = (cloudStatus: string): LedgerStatus =>
  cloudStatus === 'INIT' || isTerminal(cloudStatus) ? cloudStatus : 'RUNNING';

export const jobStatusLabel = (status: string): string => statusInfo(status).label;

/** The Jobs page's status filter: still going, or how it ended. */
export const JOB_STATUS_FILTERS: readonly { value: string; label: string }[] = [
  { value: 'active', label: 'Queued or running' },
  ...TERMINAL_STATUSES.map((s) => ({ value: s, label: jobStatusLabel(s) })),
];
