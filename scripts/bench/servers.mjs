// Starts the simulated cloud and the console for a measurement, on ports of their own, with fresh stores.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { waitFor } from '../lib/wait-for.mjs';

export async function startStack({ simPort, consolePort, timeScale, seedScale = 1 }) {
  fs.mkdirSync('data', { recursive: true });
  for (const f of fs.readdirSync('data')) if (f.startsWith('bench-')) fs.rmSync(`data/${f}`, { force: true });
  const simUrl = `http://127.0.0.1:${simPort}`;
  const children = [];
  const sim = spawn('./node_modules/.bin/tsx', ['simulator/main.ts', '--reset'], {
    env: {
      ...process.env,
      SIM_PORT: String(simPort),
      SIM_DB: 'data/bench-sim.db',
      SIM_TIME_SCALE: String(timeScale),
      SIM_SEED_SCALE: String(seedScale),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(sim);
  await waitFor(`${simUrl}/__sim/health`);
  const web = spawn('./node_modules/.bin/next', ['start', '-p', String(consolePort)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      OTC_IAM_URL: `${simUrl}/v3`,
      OTC_ENDPOINT_URL: simUrl,
      DEMO_MODE: 'true',
      DEMO_PASSWORD: 'demo-password',
      SESSION_SECRET: 'bench-session-secret-0123456789-0123456789',
      DATABASE_URL: 'file:data/bench-console.db',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(web);
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  await waitFor(`${consoleUrl}/sign-in`);
  return {
    simUrl,
    consoleUrl,
    stop: () => {
      for (const c of children) c.kill('SIGTERM');
    },
  };
}
