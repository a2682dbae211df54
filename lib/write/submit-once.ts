import 'server-only';
import { recordAudit } from '../audit/audit-log';
import type { Session } from '../auth/session';
import { signInAgain } from '../auth/sign-in-again';
import { recordJobEnd } from '../jobs/server/job-end';
import { getJobRow, markSubmitted, releaseReservation, reserveJob, type NewJob } from '../jobs/server/ledger';
import { followJob } from '../jobs/server/poller';
import { OtcError } from '../otc/errors';
import { retryStoreWrite } from '../store/retry';
import type { ActionFailure } from './result';

export type JobToStart = Omit<NewJob, 'projectId' | 'userName' | 'starterSession'>;
export type Sent = { cloudJobId: string | null; targetId?: string | null };

/**
 * Sends a write at most once per idempotency key and records it in the job ledger and the audit
 * log. Returns the ledger id to show, or the cloud's refusal (the key is then released so a
 * corrected form can be sent again). `sent` is missing when the key had already started a job:
 * nothing was sent this time.
 */
export async function submitOnce(
  session: Session,
  action: string,
  job: JobToStart,
  /** The one cloud call; it is told the ledger id the job has (a plan run is stored under it). */
  send: (jobId: string) => Promise<Sent>,
): Promise<{ ok: true; jobId: string; sent?: Sent } | ActionFailure> {
  const reservation = await reserveJob({
    ...job,
    projectId: session.projectId,
    userName: session.userName,
    starterSession: session.idHash,
  });
  if (!reservation.fresh) return { ok: true, jobId: reservation.job.id };
  const audit = {
    userName: session.userName,
    projectId: session.projectId,
    action,
    target: job.targetName,
    params: job.params,
  };
  let sent: Sent;
  try {
    sent = await send(reservation.id);
  } catch (e) {
    if (e instanceof OtcError && e.kind === 'timeout') {
      // The request went out and no answer came: the cloud may have acted. The job stays recorded,
      // with its key, so a retry of the same form lands here instead of creating a second resource.
      await recordAudit({ ...audit, outcome: 'unknown', errorCode: e.code, jobId: reservation.id });
      const row = await getJobRow(reservation.id);
      if (row) await recordJobEnd(row, { status: 'FAIL', errorCode: 'CONSOLE.OUTCOME_UNKNOWN', failReason: e.message });
      return {
        ok: false,
        message: 'The cloud did not answer in time. It may still have acted: check the list before you submit again.',
        cloudError: { code: e.code, status: e.status, message: e.message },
      };
    }
    await releaseReservation(reservation.id);
    if (!(e instanceof OtcError)) {
      await recordAudit({ ...audit, outcome: 'failed' });
      throw e;
    }
    await recordAudit({ ...audit, outcome: 'cloud-error', errorCode: e.code });
    if (e.status === 401) await signInAgain(e);
    return {
      ok: false,
      message: 'The cloud refused the request. Nothing was changed; correct the form and submit again.',
      cloudError: { code: e.code, status: e.status, message: e.message },
    };
  }
  // The cloud acted: from here on the key is never released, and the store is asked again while it
  // restarts, so the job (and the cloud's job id) is not lost.
  await retryStoreWrite(() => markSubmitted(reservation.id, sent));
  await retryStoreWrite(() => recordAudit({ ...audit, outcome: 'ok', jobId: reservation.id }));
  // A synchronous write is done once the cloud answered: the ledger says so at once.
  const row = job.kind === 'sync' ? await getJobRow(reservation.id) : undefined;
  if (row) await recordJobEnd(row, { status: 'SUCCESS' });
  else await followJob(reservation.id);
  return { ok: true, jobId: reservation.id, sent };
}
