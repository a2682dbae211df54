#!/usr/bin/env node
// `npm run bench`: builds, starts the simulated cloud and the console, measures, prints a table and
// writes reports/bench.json. Figures with their goals beside them; nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { signIn } from './console-client.mjs';
import { firstLoadJs } from './first-load-js.mjs';
import { jobPropagation } from './job-propagation.mjs';
import { startStack } from './servers.mjs';

if (process.env.SKIP_BUILD !== '1') {
  console.log('[bench] building…');
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const report = { date: new Date().toISOString(), machine, figures: {} };

const js = firstLoadJs();
report.figures.firstLoadJs = { goal: 'at most 200 KB gzip on every route', routes: js };

// Time scale 0.25: a protected instance takes about 5 s, long enough to watch.
const stack = await startStack({ simPort: 8891, consolePort: 3891, timeScale: 0.25 });
try {
  const cookie = await signIn(stack.consoleUrl);
  const jobs = await jobPropagation({ simUrl: stack.simUrl, consoleUrl: stack.consoleUrl, cookie });
  report.figures.jobPropagation = { goal: 'median under 1.5 s', ...jobs.propagation };
  report.figures.upstreamJobRequests = {
    goal: 'the same for 1, 20 and 100 viewers (one per job per interval)',
    runs: jobs.runs,
  };
} finally {
  stack.stop();
}

fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);

const f = report.figures;
const rows = [
  ['figure', 'value', 'goal'],
  [
    'first-load JS, largest route (gzip)',
    `${Math.max(...js.map((r) => r.gzipKB))} KB (${js.reduce((a, b) => (b.gzipKB > a.gzipKB ? b : a)).route})`,
    '≤ 200 KB',
  ],
  ['first-load JS, smallest route (gzip)', `${Math.min(...js.map((r) => r.gzipKB))} KB`, '≤ 200 KB'],
  [
    'job status propagation, median',
    `${f.jobPropagation.medianMs} ms (${f.jobPropagation.samples} samples)`,
    '< 1500 ms',
  ],
  ['job status propagation, p95', `${f.jobPropagation.p95Ms} ms`, '—'],
  ...f.upstreamJobRequests.runs.map((r) => [
    `upstream job requests, ${r.viewers} viewer${r.viewers === 1 ? '' : 's'}`,
    `${r.upstreamPerSecond}/s (${r.upstreamJobRequests} in ${r.seconds} s)`,
    'same for all',
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`\nbench ${report.date.slice(0, 10)} on ${machine}\n`);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
console.log('\nfirst-load JS per route (gzip):');
for (const r of js) console.log(`  ${r.route.padEnd(34)} ${r.gzipKB} KB`);
console.log('\nwritten: reports/bench.json');
