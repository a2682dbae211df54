import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from './scripts/lib/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 8797);
if (!fs.existsSync(CHROME_PATH)) {
  throw new Error(
    `Chromium not found at ${CHROME_PATH}. Install Debian's build with: apt-get update && apt-get install -y chromium ` +
      '(browsers cannot be downloaded here), or set CHROME_PATH.',
  );
}

const SIM_URL = `http://127.0.0.1:${SIM_PORT}`;

/**
 * Journeys run in Chromium against `next start` and the simulated cloud, both real servers on
 * loopback with fresh stores each run.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROME_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/tsx simulator/main.ts --reset`,
      url: `${SIM_URL}/__sim/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { SIM_PORT: String(SIM_PORT), SIM_DB: 'data/e2e-sim.db', SIM_TIME_SCALE: '0.05' },
    },
    {
      // The log is kept in a file too: a test reads every line for secrets.
      command: `node server.mjs 2>&1 | tee data/e2e-console.log`,
      url: `http://127.0.0.1:${PORT}/sign-in`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(PORT),
        NEXT_TELEMETRY_DISABLED: '1',
        // A second loopback address plays the operator's reverse proxy; every other peer is a client.
        TRUSTED_PROXIES: '127.0.0.2/32',
        OTC_IAM_URL: `${SIM_URL}/v3`,
        OTC_ENDPOINT_URL: SIM_URL,
        DEMO_MODE: 'true',
        DEMO_PASSWORD: 'demo-password',
        SESSION_SECRET: 'e2e-session-secret-that-is-long-enough-0123456789',
        DATABASE_URL: 'file:data/e2e-console.db',
        // Short, so the slow-cloud tests wait seconds, not minutes.
        OTC_TIMEOUT_MS: '3000',
        // The journeys change the cloud behind the console's back all the time, and look at once:
        // only reads in flight are shared here. e2e/shared-reads.spec.ts runs the default window.
        CLOUD_READ_SHARE_MS: '0',
      },
    },
  ],
});
