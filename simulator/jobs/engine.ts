import type { Clock } from '../core/clock';
import { newJobId } from '../core/ids';
import type { FailureJobRec, JobRec, SubJobRec } from '../core/model';
import type { State } from '../core/state';

export interface JobContext {
  state: State;
  job: JobRec;
  now: number;
}

export interface PhaseDef {
  name: string;
  /** Duration at time scale 1 (the live-demo pace). */
  seconds: number;
  onStart?(ctx: JobContext): void;
  /** Called on every tick while the phase runs, with the elapsed fraction 0..1. */
  onProgress?(ctx: JobContext, fraction: number): void;
  onComplete?(ctx: JobContext): void;
}

export interface FailureTarget {
  resource_type: string;
  resource_id: string;
  resource_name: string;
  server_group_id: string | null;
  failure_status: string;
}

export interface JobDefinition {
  type: string;
  hidden?: boolean;
  phases(job: JobRec): PhaseDef[];
  onSuccess(ctx: JobContext): void;
  onFailure(ctx: JobContext, code: string, reason: string): void;
  /** What the task center records when the job fails (SDRS jobs only). */
  failureTarget?(ctx: JobContext): FailureTarget | null;
}

export interface StartJob {
  type: string;
  project_id: string;
  entities?: Record<string, string>;
  ctx?: Record<string, unknown>;
  sub_jobs?: { job_type: string; phase: number; entities?: Record<string, string> }[];
}

export interface InjectedFailure {
  code: string;
  reason: string;
  /** The step to fail, by its sub-job type; half-way through the job when absent. */
  sub_job_type?: string;
}

/** Thrown by a phase whose work fails in the cloud (a check only the back end can make). */
export class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** How long a job waits in INIT before it starts running, at time scale 1. */
const QUEUE_SECONDS = 1;

/**
 * Runs the simulated cloud's asynchronous work. A job is a list of timed phases; its position is
 * persisted (phase index and due time), so after a restart every job resumes where the clock says it
 * should be. Phase N+1 starts at the due time of phase N, not at the tick that noticed it, so the
 * timeline does not depend on how often ticks run.
 */
export class JobEngine {
  private readonly defs = new Map<string, JobDefinition>();

  constructor(
    private readonly state: State,
    private readonly clock: Clock,
    private readonly timeScale: () => number,
    private readonly takeInjectedFailure: (jobType: string) => InjectedFailure | null,
  ) {}

  register(...defs: JobDefinition[]): void {
    for (const def of defs) this.defs.set(def.type, def);
  }

  private durationMs(seconds: number): number {
    return Math.max(1, Math.round(seconds * 1000 * this.timeScale()));
  }

  start(params: StartJob): JobRec {
    const def = this.defs.get(params.type);
    if (!def) throw new Error(`unknown job type ${params.type}`);
    const now = this.clock.now();
    const sub_jobs: SubJobRec[] = (params.sub_jobs ?? []).map((s) => ({
      job_id: newJobId(),
      job_type: s.job_type,
      phase: s.phase,
      status: 'INIT',
      begin_time: null,
      end_time: null,
      error_code: null,
      fail_reason: null,
      entities: s.entities ?? {},
    }));
    const job: JobRec = {
      id: newJobId(),
      project_id: params.project_id,
      job_type: params.type,
      hidden: def.hidden ?? false,
      status: 'INIT',
      begin_time: now,
      end_time: null,
      entities: params.entities ?? {},
      sub_jobs,
      error_code: null,
      fail_reason: null,
      ctx: params.ctx ?? {},
      phase: -1,
      phase_started_at: now,
      phase_due_at: now + this.durationMs(QUEUE_SECONDS),
      fail_at_phase: null,
      fail_code: null,
      fail_message: null,
    };
    const injected = this.takeInjectedFailure(params.type);
    if (injected) {
      const count = def.phases(job).length;
      const step = injected.sub_job_type ? sub_jobs.find((s) => s.job_type === injected.sub_job_type) : undefined;
      // Fail the step asked for, else half-way, so the timeline shows finished steps before the failing one.
      job.fail_at_phase = step ? step.phase : Math.floor((count - 1) / 2);
      job.fail_code = injected.code;
      job.fail_message = injected.reason;
    }
    return this.state.put('job', job);
  }

  /** Moves every unfinished job forward to `now`. */
  advance(now = this.clock.now()): void {
    const running = this.state
      .where('job', (j) => j.status === 'INIT' || j.status === 'RUNNING')
      .sort((a, b) => a.begin_time - b.begin_time);
    for (const job of running) this.advanceJob(job, now);
  }

  private advanceJob(job: JobRec, now: number): void {
    const def = this.defs.get(job.job_type);
    if (!def) return;
    const phases = def.phases(job);
    let changed = false;
    while (job.status === 'INIT' || job.status === 'RUNNING') {
      if (job.phase_due_at > now) {
        const phase = phases[job.phase];
        if (phase?.onProgress) {
          const span = job.phase_due_at - job.phase_started_at;
          phase.onProgress({ state: this.state, job, now }, span > 0 ? (now - job.phase_started_at) / span : 1);
          changed = true;
        }
        break;
      }
      changed = true;
      const at = job.phase_due_at;
      const ctx: JobContext = { state: this.state, job, now: at };
      const current = phases[job.phase];
      if (current) {
        current.onProgress?.(ctx, 1);
        if (job.fail_at_phase === job.phase) {
          this.fail(def, ctx, job.fail_code ?? 'SDRS.0405', job.fail_message ?? 'Failed to execute the job');
          break;
        }
        try {
          current.onComplete?.(ctx);
        } catch (e) {
          if (!(e instanceof JobFailure)) throw e;
          this.fail(def, ctx, e.code, e.message);
          break;
        }
        this.markSubJobs(job, job.phase, 'SUCCESS', at);
      }
      const next = job.phase + 1;
      const nextPhase = phases[next];
      if (!nextPhase) {
        job.status = 'SUCCESS';
        job.end_time = at;
        def.onSuccess(ctx);
        break;
      }
      job.status = 'RUNNING';
      job.phase = next;
      job.phase_started_at = at;
      job.phase_due_at = at + this.durationMs(nextPhase.seconds);
      this.markSubJobs(job, next, 'RUNNING', at);
      nextPhase.onStart?.(ctx);
    }
    if (changed) this.state.put('job', job);
  }

  private markSubJobs(job: JobRec, phase: number, status: 'RUNNING' | 'SUCCESS', at: number): void {
    for (const sub of job.sub_jobs) {
      if (sub.phase !== phase) continue;
      sub.status = status;
      if (status === 'RUNNING') sub.begin_time = at;
      else sub.end_time = at;
    }
  }

  private fail(def: JobDefinition, ctx: JobContext, code: string, reason: string): void {
    const { job, now } = ctx;
    job.status = 'FAIL';
    job.end_time = now;
    job.error_code = code;
    job.fail_reason = reason;
    for (const sub of job.sub_jobs) {
      if (sub.phase === job.phase) {
        sub.status = 'FAIL';
        sub.end_time = now;
        sub.error_code = code;
        sub.fail_reason = reason;
      }
    }
    def.onFailure(ctx, code, reason);
    const target = def.failureTarget?.(ctx);
    if (target) recordFailure(this.state, job, target, code, reason);
  }
}

export function recordFailure(
  state: State,
  job: Pick<JobRec, 'id' | 'job_type' | 'project_id' | 'begin_time'>,
  target: FailureTarget,
  code: string,
  reason: string,
): FailureJobRec {
  return state.put('failure_job', {
    // The documented delete path takes the failed resource's id (reference §2.4, [inferred]).
    id: target.resource_id,
    project_id: job.project_id,
    job_id: job.id,
    job_type: job.job_type,
    begin_time: job.begin_time,
    error_code: code,
    fail_reason: reason,
    ...target,
  });
}
