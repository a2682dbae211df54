import type { Quota } from '../otc/sdrs-quotas';

/** What each SDRS quota counts, in the console's words (the API names them by type). */
const QUOTA_LABELS: Record<string, string> = {
  server_groups: 'Protection groups',
  replications: 'Replication pairs',
};

/** At this share of a quota the console warns: creating more will soon fail (SDRS.0305 / SDRS.0306). */
export const QUOTA_WARN_SHARE = 0.8;

export interface QuotaUse {
  type: string;
  label: string;
  used: number;
  /** null: unlimited. */
  limit: number | null;
  nearLimit: boolean;
}

export const quotaUse = (q: Quota): QuotaUse => {
  const limit = q.quota < 0 ? null : q.quota;
  return {
    type: q.type,
    label: QUOTA_LABELS[q.type] ?? q.type,
    used: q.used,
    limit,
    nearLimit: limit !== null && q.used >= limit * QUOTA_WARN_SHARE,
  };
};
