#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line
// `tests: N passed, N failed, N skipped` that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const reportsDir = 'reports';
fs.mkdirSync(reportsDir, { recursive: true });

const steps = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit tests',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportsDir}/unit.json`],
    report: `${reportsDir}/unit.json`,
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
  const t0 = Date.now();
  console.log(`\n=== ${step.name}`);
  const { status } = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(
    `=== ${step.name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (status !== 0) failedSteps.push(step.name);
  if (step.report) {
    const r = readJson(step.report);
    if (r) {
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    } else {
      failed += 1; // no report: the runner itself broke
    }
  }
}

console.log(
  `\nall checks in ${((Date.now() - started) / 1000).toFixed(1)} s${failedSteps.length ? `; failed: ${failedSteps.join(', ')}` : ''}`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
