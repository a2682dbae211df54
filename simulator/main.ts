import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createSim } from './create-sim';
import { pruneTokens } from './iam/tokens';
import { openDatabase } from './store/database';

const TICK_MS = 100;
const log = (line: string) => console.log(`[sim] ${line}`);

function main(): void {
  let config;
  try {
    config = readConfig(process.env, process.argv.slice(2));
  } catch (e) {
    console.error(`[sim] ${(e as Error).message}`);
    process.exit(2);
  }
  const db = openDatabase(config.dbFile);
  const { app, sim, seededScale } = createSim({
    db,
    reset: config.reset,
    log,
    settings: { timeScale: config.timeScale, tokenTtlSeconds: config.tokenTtlSeconds, seedScale: config.seedScale },
  });
  if (seededScale !== config.seedScale) {
    log(
      `the store was seeded at scale ${seededScale}; run with --reset to reseed at SIM_SEED_SCALE=${config.seedScale}`,
    );
  }

  // Jobs advance on every request too; the ticker keeps them moving when nobody asks.
  let ticks = 0;
  const ticker = setInterval(() => {
    sim.engine.advance();
    if (++ticks % 600 === 0) pruneTokens(sim);
    sim.state.flush();
  }, TICK_MS);

  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: config.port }, (info) => {
    log(
      `simulated OTC cloud on http://127.0.0.1:${info.port} (store ${config.dbFile}, time scale ${config.timeScale})`,
    );
  });

  const stop = (signal: string) => {
    log(`${signal}: stopping`);
    clearInterval(ticker);
    sim.state.flush();
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main();
