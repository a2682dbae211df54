// Starts the simulated cloud and the console as separate processes on ports of their own, the way
// they run in production: the demo, the benchmark and the restart journeys use it.
import { spawn } from 'node:child_process';
import { waitFor } from './wait-for.mjs';

/**
 * A started process: `ready` resolves once `readyUrl` answers. Callers that may be stopped while it
 * starts (the demo on Ctrl+C) hold the handle from the moment of the spawn, so nothing is orphaned.
 */
function handle(child, url, readyUrl, timeoutMs) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async (signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const ready = waitFor(readyUrl, timeoutMs).catch(async (e) => {
    await stop();
    throw e;
  });
  return { url, child, exited, ready, stop };
}

const started = async (server) => {
  await server.ready;
  return server;
};

const defined = (env) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));

/** `inherit` shows the process's output in this terminal; by default only its errors show. */
export function spawnSim({ port, db, timeScale, seedScale, reset = true, stdio = 'errors' }) {
  // One process (no tsx or npx wrapper in between), so a signal reaches the simulator itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/main.ts', ...(reset ? ['--reset'] : [])], {
    env: defined({
      ...process.env,
      SIM_PORT: String(port),
      SIM_DB: db,
      SIM_TIME_SCALE: timeScale === undefined ? undefined : String(timeScale),
      SIM_SEED_SCALE: seedScale === undefined ? undefined : String(seedScale),
    }),
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  return handle(child, url, `${url}/__sim/health`, 60_000);
}

export function spawnConsole({ port, simUrl, db, env = {}, onLog, stdio = 'errors' }) {
  // The console's own server (server.mjs), which records who is connected.
  const child = spawn(process.execPath, ['server.mjs'], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      OTC_IAM_URL: `${simUrl}/v3`,
      OTC_ENDPOINT_URL: simUrl,
      DEMO_MODE: 'true',
      DEMO_PASSWORD: 'demo-password',
      SESSION_SECRET: 'stack-session-secret-0123456789-0123456789',
      DATABASE_URL: `file:${db}`,
      ...env,
    },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', onLog ? 'pipe' : 'ignore', onLog ? 'pipe' : 'inherit'],
  });
  if (onLog) {
    child.stdout.on('data', (chunk) => onLog(String(chunk)));
    child.stderr.on('data', (chunk) => onLog(String(chunk)));
  }
  const url = `http://127.0.0.1:${port}`;
  return handle(child, url, `${url}/sign-in`, 60_000);
}

export const startSim = (options) => started(spawnSim(options));
export const startConsole = (options) => started(spawnConsole(options));
