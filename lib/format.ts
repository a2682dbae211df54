import { parseCloudTime } from './otc/time';

/** `2026-10-01 09:01 UTC`: one readable form for the cloud's three timestamp formats. */
export function formatCloudTime(value: string | null | undefined): string {
  const ms = parseCloudTime(value);
  if (ms === null) return '—';
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Tags as `key=value`, or just `key` where the value is empty (values may be empty, reference §2.2). */
export const formatTags = (tags: readonly { key: string; value?: string | null }[]): string =>
  tags.length ? tags.map((t) => (t.value ? `${t.key}=${t.value}` : t.key)).join(', ') : 'None';

/** A console time (milliseconds) as `YYYY-MM-DD HH:MM:SS`, in UTC. */
export const formatTimestamp = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export const formatDuration = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};
