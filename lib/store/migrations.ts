import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { ADVISORY_LOCKS } from './advisory-locks';

/**
 * Ordered schema migrations per dialect, applied at start-up inside one transaction each. Append
 * only: an applied migration is never edited. Both lists end in the schema of `tables.ts`.
 */
interface Migration {
  id: number;
  sql: string;
}

const SQLITE_MIGRATIONS: Migration[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        domain_name TEXT NOT NULL,
        project_id TEXT NOT NULL,
        project_name TEXT NOT NULL,
        role TEXT NOT NULL,
        roles TEXT NOT NULL,
        auth_method TEXT NOT NULL,
        sealed_credentials TEXT NOT NULL,
        sealed_token TEXT,
        token_expires_at INTEGER,
        endpoints TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        user_name TEXT NOT NULL,
        project_id TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        params TEXT NOT NULL,
        outcome TEXT NOT NULL,
        error_code TEXT,
        job_id TEXT
      );
      CREATE INDEX audit_log_at ON audit_log (at);
    `,
  },
  {
    id: 2,
    sql: `
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        cloud_job_id TEXT,
        kind TEXT NOT NULL,
        job_type TEXT NOT NULL,
        project_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_id TEXT,
        target_name TEXT NOT NULL,
        params TEXT NOT NULL,
        status TEXT NOT NULL,
        sub_jobs TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '{}',
        error_code TEXT,
        fail_reason TEXT,
        target_status TEXT,
        idempotency_key TEXT NOT NULL,
        starter_session TEXT,
        viewer_session TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        finished_at INTEGER,
        next_poll_at INTEGER NOT NULL,
        last_viewed_at INTEGER NOT NULL,
        poll_errors INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX jobs_idempotency ON jobs (project_id, idempotency_key);
      CREATE INDEX jobs_due ON jobs (status, next_poll_at);
      CREATE INDEX jobs_project_created ON jobs (project_id, created_at);
    `,
  },
  {
    id: 3,
    sql: `
      CREATE TABLE sign_in_failures (key TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);
    `,
  },
  {
    // Sign-in attempts are reserved before IAM is asked, not recorded after; repeated refusals
    // share one audit row per bucket; expired sessions are swept by age.
    id: 4,
    sql: `
      DROP TABLE sign_in_failures;
      CREATE TABLE sign_in_attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX sign_in_attempts_key_at ON sign_in_attempts (key, at);
      ALTER TABLE audit_log ADD COLUMN count INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE audit_log ADD COLUMN bucket TEXT;
      CREATE UNIQUE INDEX audit_log_bucket ON audit_log (bucket) WHERE bucket IS NOT NULL;
      CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
      CREATE INDEX sessions_created ON sessions (created_at);
    `,
  },
  {
    // The audit page and its export read one project's entries, newest first.
    id: 5,
    sql: `CREATE INDEX audit_log_project_id ON audit_log (project_id, id);`,
  },
  {
    id: 6,
    sql: `
      CREATE TABLE recovery_plans (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        steps TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX recovery_plans_name ON recovery_plans (project_id, name);
      CREATE TABLE plan_runs (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL,
        project_id TEXT NOT NULL,
        plan_name TEXT NOT NULL,
        mode TEXT NOT NULL,
        status TEXT NOT NULL,
        steps TEXT NOT NULL,
        started_by TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX plan_runs_plan ON plan_runs (plan_id, started_at);
    `,
  },
  {
    id: 7,
    // The recovery plan run that started a job, so the run's jobs are followed like the run itself.
    sql: `ALTER TABLE jobs ADD COLUMN plan_run_id TEXT;`,
  },
];

/** PostgreSQL came later: its first migration is the SQLite schema as it stands after 4. */
const POSTGRES_MIGRATIONS: Migration[] = [
  {
    id: 1,
    sql: `
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        domain_name TEXT NOT NULL,
        project_id TEXT NOT NULL,
        project_name TEXT NOT NULL,
        role TEXT NOT NULL,
        roles TEXT NOT NULL,
        auth_method TEXT NOT NULL,
        sealed_credentials TEXT NOT NULL,
        sealed_token TEXT,
        token_expires_at BIGINT,
        endpoints TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        last_seen_at BIGINT NOT NULL
      );
      CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
      CREATE INDEX sessions_created ON sessions (created_at);
      CREATE TABLE audit_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at BIGINT NOT NULL,
        user_name TEXT NOT NULL,
        project_id TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT,
        params TEXT NOT NULL,
        outcome TEXT NOT NULL,
        error_code TEXT,
        job_id TEXT,
        count INTEGER NOT NULL DEFAULT 1,
        bucket TEXT
      );
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE UNIQUE INDEX audit_log_bucket ON audit_log (bucket) WHERE bucket IS NOT NULL;
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        cloud_job_id TEXT,
        kind TEXT NOT NULL,
        job_type TEXT NOT NULL,
        project_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        target_kind TEXT NOT NULL,
        target_id TEXT,
        target_name TEXT NOT NULL,
        params TEXT NOT NULL,
        status TEXT NOT NULL,
        sub_jobs TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '{}',
        error_code TEXT,
        fail_reason TEXT,
        target_status TEXT,
        idempotency_key TEXT NOT NULL,
        starter_session TEXT,
        viewer_session TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        finished_at BIGINT,
        next_poll_at BIGINT NOT NULL,
        last_viewed_at BIGINT NOT NULL,
        poll_errors INTEGER NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX jobs_idempotency ON jobs (project_id, idempotency_key);
      CREATE INDEX jobs_due ON jobs (status, next_poll_at);
      CREATE INDEX jobs_project_created ON jobs (project_id, created_at);
      CREATE TABLE sign_in_attempts (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, key TEXT NOT NULL, at BIGINT NOT NULL);
      CREATE INDEX sign_in_attempts_key_at ON sign_in_attempts (key, at);
    `,
  },
  {
    id: 2,
    sql: `CREATE INDEX audit_log_project_id ON audit_log (project_id, id);`,
  },
  {
    id: 3,
    sql: `
      CREATE TABLE recovery_plans (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        steps TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE UNIQUE INDEX recovery_plans_name ON recovery_plans (project_id, name);
      CREATE TABLE plan_runs (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL,
        project_id TEXT NOT NULL,
        plan_name TEXT NOT NULL,
        mode TEXT NOT NULL,
        status TEXT NOT NULL,
        steps TEXT NOT NULL,
        started_by TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        updated_at BIGINT NOT NULL
      );
      CREATE INDEX plan_runs_plan ON plan_runs (plan_id, started_at);
    `,
  },
  {
    id: 4,
    sql: `ALTER TABLE jobs ADD COLUMN plan_run_id TEXT;`,
  },
];

export function migrateSqlite(db: Database.Database): number[] {
  const MIGRATIONS = SQLITE_MIGRATIONS;
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run(m.id, Date.now());
    })();
    applied.push(m.id);
  }
  return applied;
}

/** Any number of instances may start at once: an advisory lock lets one migrate while the others wait. */
const MIGRATION_LOCK = ADVISORY_LOCKS.migrations;

export async function migratePostgres(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    const done = new Set(
      (await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id),
    );
    for (const m of POSTGRES_MIGRATIONS) {
      if (done.has(m.id)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (id, applied_at) VALUES ($1, $2)', [m.id, Date.now()]);
      applied.push(m.id);
    }
    await client.query('COMMIT');
    return applied;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
