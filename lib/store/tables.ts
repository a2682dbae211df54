import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The console store's one typed schema, the same for SQLite and PostgreSQL. Times are milliseconds
 * since the epoch (integers on SQLite, bigints on PostgreSQL, numbers here); JSON is kept as text. Columns are snake_case in SQL and camelCase here (Kysely's CamelCasePlugin).
 */
export interface StoreTables {
  sessions: SessionsTable;
  auditLog: AuditLogTable;
  jobs: JobsTable;
  signInAttempts: SignInAttemptsTable;
  recoveryPlans: RecoveryPlansTable;
  planRuns: PlanRunsTable;
}

/** Server-side sessions. The cookie holds a random id; only its SHA-256 is stored. */
export interface SessionsTable {
  idHash: string;
  userId: string;
  userName: string;
  domainName: string;
  projectId: string;
  projectName: string;
  role: string;
  /** JSON array of cloud role names. */
  roles: string;
  /** 'password' | 'aksk' */
  authMethod: string;
  /** Credentials and the current token, sealed with the session secret (AES-256-GCM). */
  sealedCredentials: string;
  sealedToken: string | null;
  tokenExpiresAt: number | null;
  /** JSON: service → base URL. */
  endpoints: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Every write through the console and every refused attempt. Parameters never hold secrets. */
export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  userName: string;
  projectId: string;
  action: string;
  target: string | null;
  params: string;
  outcome: string;
  errorCode: string | null;
  jobId: string | null;
  /** Repeats folded into this row (refused sign-ins: one row per user, address and minute). */
  count: Generated<number>;
  /** The fold key of such a row; null for every other entry. */
  bucket: string | null;
}

/**
 * The job ledger: every job the console starts, shared by all users of the project. SDRS has no
 * "list jobs" API, and the deprecated EVS pair API has no jobs at all (its pair status is watched).
 */
export interface JobsTable {
  id: string;
  cloudJobId: string | null;
  kind: string;
  jobType: string;
  projectId: string;
  userName: string;
  targetKind: string;
  targetId: string | null;
  targetName: string;
  params: string;
  /** SUBMITTING | INIT | RUNNING | SUCCESS | FAIL */
  status: string;
  subJobs: string;
  entities: string;
  errorCode: string | null;
  failReason: string | null;
  targetStatus: string | null;
  idempotencyKey: string;
  starterSession: string | null;
  viewerSession: string | null;
  /** The recovery plan run whose step started this job, if one did. */
  planRunId: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
  nextPollAt: number;
  lastViewedAt: number;
  pollErrors: number;
}

/**
 * Sign-in attempts per user and address that count toward the limit: reserved before IAM is asked,
 * kept when IAM refused the credentials, removed when it accepted them or could not be reached.
 */
export interface SignInAttemptsTable {
  id: Generated<number>;
  key: string;
  at: number;
}

/** Recovery plans: ordered steps over several protection groups, kept by the console (SDRS has none). */
export interface RecoveryPlansTable {
  id: string;
  projectId: string;
  name: string;
  description: string;
  /** JSON array of plan steps. */
  steps: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * A run of a plan, for real or as a drill. Its id is its job's in the ledger, which the job
 * follower advances; the steps' state (with each step's jobs, times and confirmations) is here.
 */
export interface PlanRunsTable {
  id: string;
  planId: string;
  projectId: string;
  planName: string;
  /** 'real' | 'drill' */
  mode: string;
  /** 'running' | 'waiting' | 'failed' | 'succeeded' | 'abandoned' */
  status: string;
  /** JSON array of step runs. */
  steps: string;
  startedBy: string;
  startedAt: number;
  finishedAt: number | null;
  updatedAt: number;
}

export type SessionRow = Selectable<SessionsTable>;
export type PlanRecord = Selectable<RecoveryPlansTable>;
export type PlanRunRecord = Selectable<PlanRunsTable>;
export type NewSessionRow = Insertable<SessionsTable>;
export type JobRecord = Selectable<JobsTable>;
export type AuditRecord = Selectable<AuditLogTable>;
