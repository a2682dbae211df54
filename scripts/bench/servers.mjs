// The simulated cloud and the console for a measurement, on ports of their own, with fresh stores.
import fs from 'node:fs';
import { startConsole, startSim } from '../lib/stack.mjs';

export async function startStack({ name, simPort, consolePort, timeScale, seedScale = 1 }) {
  fs.mkdirSync('data', { recursive: true });
  for (const f of fs.readdirSync('data')) if (f.startsWith(`bench-${name}-`)) fs.rmSync(`data/${f}`, { force: true });
  const sim = await startSim({ port: simPort, db: `data/bench-${name}-sim.db`, timeScale, seedScale });
  const web = await startConsole({ port: consolePort, simUrl: sim.url, db: `data/bench-${name}-console.db` });
  return {
    simUrl: sim.url,
    consoleUrl: web.url,
    consolePid: web.child.pid,
    consoleDb: `data/bench-${name}-console.db`,
    stop: async () => {
      await web.stop();
      await sim.stop();
    },
  };
}
