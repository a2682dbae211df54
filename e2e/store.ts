import Database from 'better-sqlite3';
import pg from 'pg';

/** The e2e console's store file; a journey with a console of its own passes its own. */
const E2E_STORE = 'data/e2e-console.db';

/** A console's store, read the way an auditor would: straight from the file. */
function read<T>(file: string, query: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export interface AuditRow {
  action: string;
  target: string | null;
  user_name: string;
  outcome: string;
  error_code: string | null;
  job_id: string | null;
  params: string;
  /** Repeats folded into the row (refused sign-ins). */
  count: number;
}

export const auditRows = (where: { action?: string; jobId?: string; target?: string }, file = E2E_STORE): AuditRow[] =>
  read(
    file,
    (db) =>
      db
        .prepare(
          `SELECT action, target, user_name, outcome, error_code, job_id, params, count FROM audit_log
           WHERE (@action IS NULL OR action = @action) AND (@jobId IS NULL OR job_id = @jobId)
             AND (@target IS NULL OR target = @target) ORDER BY id`,
        )
        .all({ action: where.action ?? null, jobId: where.jobId ?? null, target: where.target ?? null }) as AuditRow[],
  );

export interface LedgerRow {
  id: string;
  status: string;
  error_code: string | null;
  cloud_job_id: string | null;
  target_name: string;
}

export const ledgerRows = (where: { id?: string; targetName?: string }, file = E2E_STORE): LedgerRow[] =>
  read(
    file,
    (db) =>
      db
        .prepare(
          `SELECT id, status, error_code, cloud_job_id, target_name FROM jobs
           WHERE (@id IS NULL OR id = @id) AND (@name IS NULL OR target_name = @name)`,
        )
        .all({ id: where.id ?? null, name: where.targetName ?? null }) as LedgerRow[],
  );

/** A PostgreSQL console store (several instances), read straight from the database. */
async function readPostgres<T>(url: string, text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export const postgresAuditRows = (url: string, where: { target: string }): Promise<AuditRow[]> =>
  readPostgres(
    url,
    `SELECT action, target, user_name, outcome, error_code, job_id, params, count FROM audit_log
     WHERE target = $1 ORDER BY id`,
    [where.target],
  );

export const postgresLedgerRows = (url: string, where: { targetName: string }): Promise<LedgerRow[]> =>
  readPostgres(url, `SELECT id, status, error_code, cloud_job_id, target_name FROM jobs WHERE target_name = $1`, [
    where.targetName,
  ]);

/** A recovery plan run's status as its console's store holds it. */
export const planRunStatus = (runId: string, file = E2E_STORE): string | undefined =>
  read(
    file,
    (db) =>
      (db.prepare('SELECT status FROM plan_runs WHERE id = ?').get(runId) as { status: string } | undefined)?.status,
  );
