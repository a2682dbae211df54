#!/usr/bin/env node
// `npm run demo`: builds the console, then runs the simulated cloud and the console together.
// Console: http://localhost:3000 (demo accounts on the sign-in page). Ctrl+C or SIGTERM stops both.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { spawnConsole, spawnSim } from './lib/stack.mjs';

const SIM_PORT = Number(process.env.SIM_PORT ?? 8787);
const PORT = Number(process.env.PORT ?? 3000);

fs.mkdirSync('data', { recursive: true });
// A stable secret per checkout, so sessions survive a restart of the demo.
const secretFile = 'data/session-secret';
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
const sessionSecret = process.env.SESSION_SECRET ?? fs.readFileSync(secretFile, 'utf8').trim();

if (process.env.SKIP_BUILD !== '1') {
  console.log('[demo] building the console…');
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const running = [];
let stopping = false;
/** Stops every process this demo started and waits for each to exit, so no port stays taken. */
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(running.map((server) => server.stop('SIGTERM')));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/** Held from the moment of the spawn: a stop while the server is still starting stops it too. */
function watch(name, server) {
  running.push(server);
  void server.exited.then((code) => {
    if (stopping) return;
    console.log(`[demo] ${name} stopped (${code ?? 'signal'})`);
    void stopAll(code ?? 1);
  });
  return server;
}

const sim = watch(
  'simulated cloud',
  spawnSim({ port: SIM_PORT, db: process.env.SIM_DB ?? 'data/sim.db', reset: false, stdio: 'inherit' }),
);
await sim.ready;
const web = watch(
  'console',
  spawnConsole({
    port: PORT,
    simUrl: sim.url,
    db: (process.env.DATABASE_URL ?? 'file:data/console.db').replace(/^file:/, ''),
    env: { SESSION_SECRET: sessionSecret },
    stdio: 'inherit',
  }),
);
await web.ready;
console.log(`\n[demo] console ready: http://localhost:${PORT}  (simulated cloud at ${sim.url})\n`);
