/**
 * A replication pair's `fault_level` (a string on the wire, reference §2.4): what it means for
 * recovery. "2": the production disk is lost and failover is advised; "5": the replication link is
 * down and failover is not possible. Unknown levels show as they are.
 */
export interface FaultLevelInfo {
  label: string;
  /** Whether this pair needs someone's attention. */
  alarming: boolean;
}

const FAULT_LEVELS: Record<string, FaultLevelInfo> = {
  '0': { label: 'None', alarming: false },
  '2': { label: 'Production disk lost: failover advised', alarming: true },
  '5': { label: 'Replication link down: failover not possible', alarming: true },
};

export const faultLevelInfo = (level: string | null | undefined): FaultLevelInfo =>
  (level && Object.hasOwn(FAULT_LEVELS, level) ? FAULT_LEVELS[level] : undefined) ?? {
    label: level || 'None',
    alarming: Boolean(level && level !== '0'),
  };
