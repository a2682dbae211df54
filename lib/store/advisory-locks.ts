/**
 * PostgreSQL advisory lock keys the console takes, one home for all so no two uses collide. Both
 * serialise start-up work of instances that start at the same moment; no job is locked this way
 * (the queue's `SKIP LOCKED` does that).
 */
export const ADVISORY_LOCKS = {
  /** The console's own schema migrations. */
  migrations: 7_302_000_001,
  /** pg-boss's schema and the job queue's creation, whose DDL deadlocks when run twice at once. */
  queueSetUp: 7_302_000_002,
} as const;
