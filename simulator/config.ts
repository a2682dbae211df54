type Env = Record<string, string | undefined>;

export interface SimConfig {
  port: number;
  /** IAM on a port of its own, where `/` is Keystone's version discovery; off when unset. */
  iamPort: number | null;
  dbFile: string;
  timeScale: number;
  tokenTtlSeconds: number;
  seedScale: number;
  reset: boolean;
}

function number(env: Env, name: string, fallback: number, ok: (n: number) => boolean, rule: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !ok(n)) throw new Error(`${name}=${raw} is invalid: ${rule}`);
  return n;
}

/** Reads the simulator's settings; a bad value stops start-up with a message naming it. */
export function readConfig(env: Env, argv: string[]): SimConfig {
  return {
    port: number(env, 'SIM_PORT', 8787, (n) => Number.isInteger(n) && n >= 0 && n < 65536, 'a port number'),
    iamPort:
      env.SIM_IAM_PORT === undefined || env.SIM_IAM_PORT === ''
        ? null
        : number(env, 'SIM_IAM_PORT', 0, (n) => Number.isInteger(n) && n >= 0 && n < 65536, 'a port number'),
    dbFile: env.SIM_DB && env.SIM_DB !== '' ? env.SIM_DB : 'data/sim.db',
    timeScale: number(env, 'SIM_TIME_SCALE', 1, (n) => n > 0 && n <= 100, 'above 0 and at most 100'),
    tokenTtlSeconds: number(
      env,
      'SIM_TOKEN_TTL_S',
      86400,
      (n) => Number.isInteger(n) && n >= 1,
      'whole seconds, at least 1',
    ),
    seedScale: number(
      env,
      'SIM_SEED_SCALE',
      1,
      (n) => Number.isInteger(n) && n >= 1 && n <= 1000,
      'a whole number from 1 to 1000',
    ),
    reset: argv.includes('--reset'),
  };
}
