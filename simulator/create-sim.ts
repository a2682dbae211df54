import { systemClock, type Clock } from './core/clock';
import type { Sim, SimSettings } from './core/sim';
import { State } from './core/state';
import { batchPowerJobs } from './ecs/batch-power';
import { serverPowerJob } from './ecs/power-jobs';
import { createEvsPairJob, deleteEvsPairJob, volumeStatusJob } from './evs/replication-jobs';
import { FaultState } from './faults/fault-state';
import { createApp, type SimApp } from './http/app';
import { JobEngine } from './jobs/engine';
import { drillJobs } from './sdrs/jobs/drill-jobs';
import { groupJobs } from './sdrs/jobs/group-jobs';
import { instanceOpJobs } from './sdrs/jobs/instance-op-jobs';
import { createInstanceJob, deleteInstanceJob } from './sdrs/jobs/instance-jobs';
import { pairJobs } from './sdrs/jobs/pair-jobs';
import { seedDemoTenant } from './seed/demo-tenant';
import { clearDatabase, readMeta, writeMeta, type SimDatabase } from './store/database';

export interface CreateSimOptions {
  db: SimDatabase;
  clock?: Clock;
  settings?: Partial<SimSettings>;
  /** Wipe the store and seed the demo tenant again. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface SimInstance extends SimApp {
  sim: Sim;
  /** Seed scale recorded in the store (may differ from the requested one until a reset). */
  seededScale: number;
}

const DEFAULT_SETTINGS: SimSettings = { timeScale: 1, tokenTtlSeconds: 24 * 3600, seedScale: 1 };

/**
 * Builds a simulator on a database: loads what is stored (running jobs resume from their persisted
 * phase), or seeds the demo tenant when the store is empty or a reset is asked for.
 */
export function createSim(options: CreateSimOptions): SimInstance {
  const settings: SimSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});

  const build = (): Sim => {
    const state = new State(options.db);
    const faults = new FaultState();
    const engine = new JobEngine(
      state,
      clock,
      () => settings.timeScale,
      (type) => faults.takeFailure(type),
    );
    engine.register(
      ...groupJobs,
      createInstanceJob,
      deleteInstanceJob,
      ...instanceOpJobs,
      ...pairJobs,
      ...drillJobs,
      serverPowerJob,
      ...batchPowerJobs,
      createEvsPairJob,
      deleteEvsPairJob,
      volumeStatusJob,
    );
    return { state, clock, engine, settings, faults };
  };

  const seed = () => {
    clearDatabase(options.db);
    const fresh = build();
    seedDemoTenant(fresh.state, settings.seedScale);
    fresh.state.flush();
    writeMeta(options.db, 'seed_scale', String(settings.seedScale));
    return fresh;
  };

  let sim = build();
  if (options.reset || sim.state.isEmpty()) sim = seed();

  // The app keeps a reference to `holder.sim`; a reset swaps the state underneath it.
  const holder: Sim = { ...sim };
  const reseed = () => {
    const fresh = seed();
    Object.assign(holder, fresh);
    holder.faults.clear();
  };
  const { app, stats } = createApp(holder, reseed, log);
  return { app, stats, sim: holder, seededScale: Number(readMeta(options.db, 'seed_scale') ?? '1') };
}
