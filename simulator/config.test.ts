import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('simulator configuration', () => {
  it('has defaults for a live demo', () => {
    expect(readConfig({}, [])).toEqual({
      port: 8787,
      iamPort: null,
      dbFile: 'data/sim.db',
      timeScale: 1,
      tokenTtlSeconds: 86400,
      seedScale: 1,
      reset: false,
    });
  });

  it('reads every setting and the --reset flag', () => {
    const env = {
      SIM_PORT: '9000',
      SIM_IAM_PORT: '9001',
      SIM_DB: '/tmp/x.db',
      SIM_TIME_SCALE: '0.05',
      SIM_TOKEN_TTL_S: '60',
      SIM_SEED_SCALE: '150',
    };
    expect(readConfig(env, ['--reset'])).toEqual({
      port: 9000,
      iamPort: 9001,
      dbFile: '/tmp/x.db',
      timeScale: 0.05,
      tokenTtlSeconds: 60,
      seedScale: 150,
      reset: true,
    });
  });

  it('names the setting that is wrong', () => {
    expect(() => readConfig({ SIM_PORT: 'abc' }, [])).toThrow(/SIM_PORT=abc/);
    expect(() => readConfig({ SIM_TIME_SCALE: '0' }, [])).toThrow(/SIM_TIME_SCALE/);
    expect(() => readConfig({ SIM_SEED_SCALE: '1.5' }, [])).toThrow(/SIM_SEED_SCALE/);
    expect(() => readConfig({ SIM_TOKEN_TTL_S: '-1' }, [])).toThrow(/SIM_TOKEN_TTL_S/);
    expect(() => readConfig({ SIM_IAM_PORT: '70000' }, [])).toThrow(/SIM_IAM_PORT/);
  });
});
