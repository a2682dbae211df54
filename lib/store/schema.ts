import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Server-side sessions. The cookie holds a random id; only its SHA-256 is stored. */
export const sessions = sqliteTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: text('user_id').notNull(),
  userName: text('user_name').notNull(),
  domainName: text('domain_name').notNull(),
  projectId: text('project_id').notNull(),
  projectName: text('project_name').notNull(),
  role: text('role').notNull(),
  roles: text('roles').notNull(), // JSON array of cloud role names
  authMethod: text('auth_method').notNull(), // 'password' | 'aksk'
  /** Credentials and the current token, sealed with the session secret (AES-256-GCM). */
  sealedCredentials: text('sealed_credentials').notNull(),
  sealedToken: text('sealed_token'),
  tokenExpiresAt: integer('token_expires_at'),
  endpoints: text('endpoints').notNull(), // JSON: service → base URL
  createdAt: integer('created_at').notNull(),
  lastSeenAt: integer('last_seen_at').notNull(),
});

/** Every write through the console and every refused attempt. Parameters never hold secrets. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at').notNull(),
  userName: text('user_name').notNull(),
  projectId: text('project_id').notNull(),
  action: text('action').notNull(),
  target: text('target'),
  params: text('params').notNull(),
  outcome: text('outcome').notNull(), // 'ok' | 'cloud-error' | 'invalid' | 'denied' | 'failed'
  errorCode: text('error_code'),
  jobId: text('job_id'),
  /** Repeats folded into this row (refused sign-ins: one row per user, address and minute). */
  count: integer('count').notNull().default(1),
  /** The fold key of such a row; null for every other entry. */
  bucket: text('bucket'),
});

/**
 * The job ledger: every job the console starts, shared by all users of the project. SDRS has no
 * "list jobs" API, and the deprecated EVS pair API has no jobs at all (its pair status is watched).
 */
export const jobs = sqliteTable('jobs', {
  id: text('id').primaryKey(),
  cloudJobId: text('cloud_job_id'),
  kind: text('kind').notNull(), // 'sdrs-job' | 'evs-pair'
  jobType: text('job_type').notNull(),
  projectId: text('project_id').notNull(),
  userName: text('user_name').notNull(),
  targetKind: text('target_kind').notNull(),
  targetId: text('target_id'),
  targetName: text('target_name').notNull(),
  params: text('params').notNull(),
  status: text('status').notNull(), // SUBMITTING | INIT | RUNNING | SUCCESS | FAIL
  subJobs: text('sub_jobs').notNull(),
  entities: text('entities').notNull(),
  errorCode: text('error_code'),
  failReason: text('fail_reason'),
  targetStatus: text('target_status'),
  idempotencyKey: text('idempotency_key').notNull(),
  starterSession: text('starter_session'),
  viewerSession: text('viewer_session'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  finishedAt: integer('finished_at'),
  nextPollAt: integer('next_poll_at').notNull(),
  lastViewedAt: integer('last_viewed_at').notNull(),
  pollErrors: integer('poll_errors').notNull(),
});

/**
 * Sign-in attempts per user and address that count toward the limit: reserved before IAM is asked,
 * kept when IAM refused the credentials, removed when it accepted them or could not be reached.
 */
export const signInAttempts = sqliteTable('sign_in_attempts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  key: text('key').notNull(),
  at: integer('at').notNull(),
});
