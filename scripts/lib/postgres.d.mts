export interface TestPostgres {
  /** Admin URL of the cluster (user postgres, database postgres). */
  url: string;
  data: string;
  dir: string;
  bin: string;
  stop(): void;
}

export function postgresBinDir(): string;
export function startPostgres(options?: { port?: number }): Promise<TestPostgres>;
export function restartPostgres(server: Pick<TestPostgres, 'data' | 'bin'>, options?: { downMs?: number }): void;
export function createDatabase(adminUrl: string, name: string): Promise<string>;
