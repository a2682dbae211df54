import 'server-only';
import { pruneAudit } from './audit/audit-log';
import { sweepEndedSessions } from './auth/session';
import { sweepOldAttempts } from './auth/sign-in-guard';
import { config } from './config';

const EVERY_MS = 10 * 60_000;
const holder = globalThis as unknown as { sdrsMaintenance?: ReturnType<typeof setInterval> };

/** Deletes what the store must not keep: ended sessions (with their sealed secrets) and old audit entries. */
export async function runMaintenance(now = Date.now()): Promise<{ sessions: number; auditEntries: number }> {
  const sessions = await sweepEndedSessions(now);
  const auditEntries = await pruneAudit(config().AUDIT_RETENTION_DAYS, now);
  await sweepOldAttempts(now);
  return { sessions, auditEntries };
}

/** Runs the sweep at start-up and then periodically (idempotent). */
export function ensureMaintenance(): void {
  if (holder.sdrsMaintenance || process.env.NEXT_PHASE === 'phase-production-build') return;
  const run = async () => {
    try {
      const swept = await runMaintenance();
      if (swept.sessions || swept.auditEntries)
        console.log(`[store] swept ${swept.sessions} ended sessions, ${swept.auditEntries} expired audit entries`);
    } catch (e) {
      console.error(`[store] sweep failed: ${(e as Error).message}`);
    }
  };
  void run();
  holder.sdrsMaintenance = setInterval(() => void run(), EVERY_MS);
  holder.sdrsMaintenance.unref?.();
}
