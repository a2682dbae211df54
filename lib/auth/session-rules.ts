/** How long a session may live, and how long it may sit idle, before it ends. */
export const ABSOLUTE_LIFETIME_MS = 12 * 3600 * 1000;

export function sessionEnded(row: { createdAt: number; lastSeenAt: number }, now: number, idleMs: number): boolean {
  return now - row.lastSeenAt > idleMs || now - row.createdAt > ABSOLUTE_LIFETIME_MS;
}
