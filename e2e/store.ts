import Database from 'better-sqlite3';

/** The e2e console's own store, read the way an auditor would: straight from the file. */
function read<T>(query: (db: Database.Database) => T): T {
  const db = new Database('data/e2e-console.db', { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export interface AuditRow {
  action: string;
  user_name: string;
  outcome: string;
  error_code: string | null;
  job_id: string | null;
  params: string;
}

export const auditRows = (where: { action?: string; jobId?: string }): AuditRow[] =>
  read(
    (db) =>
      db
        .prepare(
          `SELECT action, user_name, outcome, error_code, job_id, params FROM audit_log
           WHERE (@action IS NULL OR action = @action) AND (@jobId IS NULL OR job_id = @jobId) ORDER BY id`,
        )
        .all({ action: where.action ?? null, jobId: where.jobId ?? null }) as AuditRow[],
  );

export interface LedgerRow {
  id: string;
  status: string;
  error_code: string | null;
  cloud_job_id: string | null;
  target_name: string;
}

export const ledgerRows = (where: { id?: string; targetName?: string }): LedgerRow[] =>
  read(
    (db) =>
      db
        .prepare(
          `SELECT id, status, error_code, cloud_job_id, target_name FROM jobs
           WHERE (@id IS NULL OR id = @id) AND (@name IS NULL OR target_name = @name)`,
        )
        .all({ id: where.id ?? null, name: where.targetName ?? null }) as LedgerRow[],
  );
