/**
 * How often a running job is asked about: every second at first, then less often for long jobs,
 * and not at all once nobody has looked for a while (a look resumes it).
 */
export const PAUSE_AFTER_UNVIEWED_MS = 2 * 60_000;

export function pollIntervalMs(ageMs: number): number {
  if (ageMs < 60_000) return 1000;
  if (ageMs < 5 * 60_000) return 2000;
  return 5000;
}

/** After failed polls, wait longer (capped at 30 s) so a cloud outage is not hammered. */
export function retryDelayMs(ageMs: number, errors: number): number {
  return Math.min(30_000, pollIntervalMs(ageMs) * 2 ** Math.min(errors, 5));
}

export const isPaused = (lastViewedAt: number, now: number): boolean => now - lastViewedAt > PAUSE_AFTER_UNVIEWED_MS;
