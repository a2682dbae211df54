#!/usr/bin/env node
// `npm run demo`: builds the console, then runs the simulated cloud and the console together.
// Console: http://localhost:3000 (demo accounts on the sign-in page). Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { waitFor } from './lib/wait-for.mjs';

const SIM_PORT = process.env.SIM_PORT ?? '8787';
const PORT = process.env.PORT ?? '3000';
const simUrl = `http://127.0.0.1:${SIM_PORT}`;

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

const children = [];
const stopAll = (code = 0) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function start(name, command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`[demo] ${name} stopped (${code ?? 'signal'})`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

start('simulated cloud', 'npx', ['tsx', 'simulator/main.ts'], { SIM_PORT });
await waitFor(`${simUrl}/__sim/health`, 30_000);
start('console', './node_modules/.bin/next', ['start', '-p', PORT], {
  NEXT_TELEMETRY_DISABLED: '1',
  OTC_IAM_URL: `${simUrl}/v3`,
  OTC_ENDPOINT_URL: simUrl,
  DEMO_MODE: 'true',
  DEMO_PASSWORD: 'demo-password',
  SESSION_SECRET: sessionSecret,
  DATABASE_URL: process.env.DATABASE_URL ?? 'file:data/console.db',
});
await waitFor(`http://127.0.0.1:${PORT}/sign-in`, 60_000);
console.log(`\n[demo] console ready: http://localhost:${PORT}  (simulated cloud at ${simUrl})\n`);
