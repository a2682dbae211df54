export interface RunningServer {
  url: string;
  /** Resolves once the server answers (rejects, after stopping it, if it never does). */
  ready: Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Stops the process (SIGTERM, or SIGKILL to play a crash) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

interface SimOptions {
  port: number;
  db: string;
  timeScale?: number;
  seedScale?: number;
  reset?: boolean;
  stdio?: 'inherit' | 'errors';
}

interface ConsoleOptions {
  port: number;
  simUrl: string;
  db: string;
  env?: Record<string, string>;
  onLog?: (text: string) => void;
  stdio?: 'inherit' | 'errors';
}

export function spawnSim(options: SimOptions): RunningServer;
export function spawnConsole(options: ConsoleOptions): RunningServer;
export function startSim(options: SimOptions): Promise<RunningServer>;
export function startConsole(options: ConsoleOptions): Promise<RunningServer>;
