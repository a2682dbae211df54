/**
 * What follows the ledger's unfinished jobs: asks about each one when its poll is due, on exactly
 * one instance at a time. `poll` is the one poll of a job (the poller's); it answers when the job
 * is next due, or null once it ended.
 */
export type PollJob = (jobId: string) => Promise<number | null>;

export interface JobFollower {
  /** Starts following; jobs in flight when the console last stopped are picked up again. */
  start(poll: PollJob): Promise<void>;
  /** A job the cloud just accepted: its first poll is due at `at`. */
  follow(jobId: string, at: number): Promise<void>;
  /** Stops taking polls, lets those in hand finish, and hands the rest to the other instances. */
  stop(): Promise<void>;
}
