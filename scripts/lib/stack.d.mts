export interface RunningServer {
  url: string;
  /** Stops the process (SIGTERM, or SIGKILL to play a crash) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startSim(options: {
  port: number;
  db: string;
  timeScale?: number;
  seedScale?: number;
  reset?: boolean;
  stdio?: 'inherit' | 'errors';
}): Promise<RunningServer>;

export function startConsole(options: {
  port: number;
  simUrl: string;
  db: string;
  env?: Record<string, string>;
  onLog?: (text: string) => void;
  stdio?: 'inherit' | 'errors';
}): Promise<RunningServer>;
