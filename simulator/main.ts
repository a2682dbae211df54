import { readConfig, type SimConfig } from './config';
import { startSimServer } from './server';
import { openDatabase } from './store/database';

const log = (line: string) => console.log(`[sim] ${line}`);

async function main(): Promise<void> {
  let config: SimConfig;
  try {
    config = readConfig(process.env, process.argv.slice(2));
  } catch (e) {
    console.error(`[sim] ${(e as Error).message}`);
    process.exit(2);
  }
  const db = openDatabase(config.dbFile);
  const running = await startSimServer({
    db,
    port: config.port,
    iamPort: config.iamPort,
    reset: config.reset,
    log,
    settings: { timeScale: config.timeScale, tokenTtlSeconds: config.tokenTtlSeconds, seedScale: config.seedScale },
  });
  if (running.seededScale !== config.seedScale) {
    log(
      `the store was seeded at scale ${running.seededScale}; run with --reset to reseed at SIM_SEED_SCALE=${config.seedScale}`,
    );
  }
  log(`simulated OTC cloud on ${running.url} (store ${config.dbFile}, time scale ${config.timeScale})`);
  if (running.iamUrl) log(`IAM also on ${running.iamUrl}, its own endpoint (Keystone's version list at /)`);

  const stop = async (signal: string) => {
    log(`${signal}: stopping`);
    setTimeout(() => process.exit(0), 2000).unref();
    await running.close();
    db.$client.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
