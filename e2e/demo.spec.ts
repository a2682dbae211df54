import { spawn } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { waitFor } from '../scripts/lib/wait-for.mjs';

const SIM_PORT = 8812;
const CONSOLE_PORT = 3112;

/** Whether anything still accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`npm run demo stopped with ${signal} stops the simulated cloud and the console`, async () => {
    test.setTimeout(90_000);
    const demo = spawn(process.execPath, ['scripts/demo.mjs'], {
      env: {
        ...process.env,
        SKIP_BUILD: '1',
        SIM_PORT: String(SIM_PORT),
        PORT: String(CONSOLE_PORT),
        SIM_DB: `data/e2e-demo-${signal}-sim.db`,
        DATABASE_URL: `file:data/e2e-demo-${signal}.db`,
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => demo.once('exit', resolve));
    await waitFor(`http://127.0.0.1:${CONSOLE_PORT}/sign-in`, 60_000);
    expect(await listening(SIM_PORT)).toBe(true);

    demo.kill(signal);
    expect(await exited).toBe(0);
    expect(await listening(SIM_PORT)).toBe(false);
    expect(await listening(CONSOLE_PORT)).toBe(false);
  });
}
