import type { Clock } from './clock';
import type { State } from './state';
import type { JobEngine } from '../jobs/engine';
import type { FaultState } from '../faults/fault-state';

export interface SimSettings {
  /** Multiplies every job duration: 1 is the live-demo pace, 0.01 suits tests. */
  timeScale: number;
  tokenTtlSeconds: number;
  seedScale: number;
}

/** Everything a route or job needs, passed explicitly rather than through module globals. */
export interface Sim {
  state: State;
  clock: Clock;
  engine: JobEngine;
  settings: SimSettings;
  faults: FaultState;
}
