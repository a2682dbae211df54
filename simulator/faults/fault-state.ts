import type { InjectedFailure } from '../jobs/engine';

export interface ErrorRule {
  /** Matched against `METHOD /path` with a substring test, e.g. `GET /v1/` or `/server-groups`. */
  match: string;
  /** 0..1: the share of matching requests that fail. */
  rate: number;
  status: number;
  /** Body to send; a generic SDRS internal error when absent. */
  body?: unknown;
  /** How many more times the rule may fire; unlimited when absent. */
  remaining?: number;
}

/**
 * Faults injected through `/__sim/faults`. Kept in memory on purpose: a restart clears them, so a
 * test that forgets to clean up cannot poison the next run.
 */
export class FaultState {
  latencyMs = 0;
  /** When set, latency applies only to requests whose `METHOD /path` contains it. */
  latencyMatch: string | null = null;
  errorRules: ErrorRule[] = [];
  failNext: (InjectedFailure & { job_type: string })[] = [];
  /** Flavors sold out since the catalogue was written, as `flavor@az`: the market changed. */
  soldOut = new Set<string>();

  takeFailure(jobType: string): InjectedFailure | null {
    const i = this.failNext.findIndex((f) => f.job_type === jobType);
    if (i < 0) return null;
    const [f] = this.failNext.splice(i, 1);
    return f ? { code: f.code, reason: f.reason, sub_job_type: f.sub_job_type } : null;
  }

  /** Returns the rule that fires for this request, if any (consuming one of its uses). */
  matchError(method: string, path: string, random: () => number = Math.random): ErrorRule | null {
    const line = `${method} ${path}`;
    for (const rule of this.errorRules) {
      if (!line.includes(rule.match)) continue;
      if (rule.remaining !== undefined && rule.remaining <= 0) continue;
      if (random() >= rule.rate) continue;
      if (rule.remaining !== undefined) rule.remaining -= 1;
      return rule;
    }
    return null;
  }

  delayFor(method: string, path: string): number {
    if (this.latencyMs <= 0) return 0;
    return this.latencyMatch === null || `${method} ${path}`.includes(this.latencyMatch) ? this.latencyMs : 0;
  }

  clear(): void {
    this.latencyMs = 0;
    this.latencyMatch = null;
    this.errorRules = [];
    this.failNext = [];
    this.soldOut.clear();
  }
}
