#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line
// `tests: N passed, N failed, N skipped` that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { startPostgres } from './lib/postgres.mjs';

const reportsDir = 'reports';
fs.mkdirSync(reportsDir, { recursive: true });
const env = { ...process.env, FORCE_COLOR: '0', NEXT_TELEMETRY_DISABLED: '1' };

// The store tests and the several-instances journeys need PostgreSQL: CI starts one and says where
// (TEST_POSTGRES_URL); otherwise a throwaway cluster is started here and removed at the end.
let ownPostgres = null;
if (!env.TEST_POSTGRES_URL) {
  try {
    ownPostgres = await startPostgres();
    Object.assign(env, {
      TEST_POSTGRES_URL: ownPostgres.url,
      TEST_POSTGRES_DATA: ownPostgres.data,
      TEST_POSTGRES_BIN: ownPostgres.bin,
    });
  } catch (e) {
    console.error(`PostgreSQL could not be started, so its tests will fail: ${e.message}`);
  }
}

const resetE2eData = () => {
  for (const f of fs.existsSync('data') ? fs.readdirSync('data') : []) {
    if (f.startsWith('e2e-')) fs.rmSync(`data/${f}`, { recursive: true, force: true });
  }
  fs.mkdirSync('data/e2e-auth', { recursive: true });
};

const vitestReport = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
});
const playwrightReport = (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
});

const steps = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', cmd: 'sh', args: ['-c', 'npx next typegen && npx tsc --noEmit'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit tests',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportsDir}/unit.json`],
    report: `${reportsDir}/unit.json`,
    read: vitestReport,
  },
  { name: 'build', cmd: 'npx', args: ['next', 'build'] },
  {
    name: 'browser tests',
    before: resetE2eData,
    cmd: 'npx',
    args: ['playwright', 'test'],
    report: `${reportsDir}/e2e.json`,
    read: playwrightReport,
    needs: 'build',
  },
];

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [];
const started = Date.now();

for (const step of steps) {
  if (step.needs && failedSteps.includes(step.needs)) {
    console.log(`\n=== ${step.name}: skipped (${step.needs} failed)`);
    failedSteps.push(step.name);
    failed += 1;
    continue;
  }
  const t0 = Date.now();
  console.log(`\n=== ${step.name}`);
  if (step.report) fs.rmSync(step.report, { force: true });
  step.before?.();
  const { status } = spawnSync(step.cmd, step.args, { stdio: 'inherit', env });
  console.log(
    `=== ${step.name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) failedSteps.push(step.name);
  if (step.report) {
    const r = readJson(step.report);
    if (r) {
      const counts = step.read(r);
      passed += counts.passed;
      failed += counts.failed;
      skipped += counts.skipped;
    } else {
      failed += 1; // no report: the runner itself broke
    }
  }
}

console.log(
  `\nall checks in ${((Date.now() - started) / 1000).toFixed(1)} s${failedSteps.length ? `; failed: ${failedSteps.join(', ')}` : ''}`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
ownPostgres?.stop();
process.exit(failedSteps.length > 0 ? 1 : 0);
