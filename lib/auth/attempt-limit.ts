/** At most this many sign-in attempts per user and address reach IAM in a sliding minute (a success clears them). */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 60_000;

/** Seconds to wait before the next attempt, or 0 when one is allowed now. */
export function retryAfterSeconds(failureTimes: readonly number[], now: number): number {
  const recent = failureTimes.filter((t) => now - t < WINDOW_MS).sort((a, b) => a - b);
  if (recent.length < MAX_FAILURES) return 0;
  const oldestThatCounts = recent[recent.length - MAX_FAILURES] ?? now;
  return Math.max(1, Math.ceil((oldestThatCounts + WINDOW_MS - now) / 1000));
}
