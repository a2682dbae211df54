// Starts the simulated cloud and the console as separate processes on ports of their own, the way
// they run in production: the benchmark and the restart journeys use it.
import { spawn } from 'node:child_process';
import { waitFor } from './wait-for.mjs';

function handle(child, url) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function startSim({ port, db, timeScale = 1, seedScale = 1, reset = true }) {
  // One process (no tsx wrapper in between), so a SIGKILL stops the simulator itself, as a crash would.
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/main.ts', ...(reset ? ['--reset'] : [])], {
    env: {
      ...process.env,
      SIM_PORT: String(port),
      SIM_DB: db,
      SIM_TIME_SCALE: String(timeScale),
      SIM_SEED_SCALE: String(seedScale),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/__sim/health`);
  return handle(child, url);
}

export async function startConsole({ port, simUrl, db, env = {}, onLog }) {
  const child = spawn('./node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      OTC_IAM_URL: `${simUrl}/v3`,
      OTC_ENDPOINT_URL: simUrl,
      DEMO_MODE: 'true',
      DEMO_PASSWORD: 'demo-password',
      SESSION_SECRET: 'stack-session-secret-0123456789-0123456789',
      DATABASE_URL: `file:${db}`,
      ...env,
    },
    stdio: ['ignore', onLog ? 'pipe' : 'ignore', onLog ? 'pipe' : 'inherit'],
  });
  if (onLog) {
    child.stdout.on('data', (chunk) => onLog(String(chunk)));
    child.stderr.on('data', (chunk) => onLog(String(chunk)));
  }
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/sign-in`);
  return handle(child, url);
}
