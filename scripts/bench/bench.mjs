#!/usr/bin/env node
// `npm run bench`: builds, starts the simulated cloud and the console, measures, prints a table and
// writes reports/bench.json. Figures with their goals beside them; nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { signIn } from './console-client.mjs';
import { auditExport } from './audit-export.mjs';
import { firstLoadJs } from './first-load-js.mjs';
import { groupPropagation } from './group-propagation.mjs';
import { instancesBench } from './instances.mjs';
import { jobPropagation, pushedPropagation } from './job-propagation.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { loadRun } from './load.mjs';
import { pageTimings } from './page-timings.mjs';
import { proxyOverhead } from './proxy-overhead.mjs';
import { printReport } from './report.mjs';
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
const f = report.figures;
const step = (what) => console.log(`[bench] ${what}…`);

f.firstLoadJs = { goal: 'at most 200 KB gzip on every route', routes: firstLoadJs() };

// The demo tenant. Time scale 0.25: a protected instance takes about 5 s, long enough to watch.
const demo = await startStack({ name: 'demo', simPort: 8891, consolePort: 3891, timeScale: 0.25 });
try {
  const cookie = await signIn(demo.consoleUrl);
  step('job status propagation');
  const jobs = await jobPropagation({ simUrl: demo.simUrl, consoleUrl: demo.consoleUrl, cookie });
  f.jobPropagation = { goal: 'median under 1.5 s', ...jobs.propagation };
  f.upstreamJobRequests = { goal: 'the same for 1, 20 and 100 viewers', runs: jobs.runs };
  step('job status propagation, pushed');
  f.pushedPropagation = {
    goal: 'median ≤ 700 ms, p95 ≤ 1.2 s',
    ...(await pushedPropagation({ simUrl: demo.simUrl, consoleUrl: demo.consoleUrl, cookie })),
  };
  step('group state propagation to the group page');
  f.groupPropagation = {
    goal: 'none set: median and p95 reported',
    ...(await groupPropagation({ simUrl: demo.simUrl, consoleUrl: demo.consoleUrl, cookie })),
  };
  step('proxy overhead');
  f.proxyOverhead = {
    goal: 'at most 15 ms added at p50',
    ...(await proxyOverhead({ simUrl: demo.simUrl, consoleUrl: demo.consoleUrl, cookie })),
  };
  step('Lighthouse');
  const group = jobs.groupId;
  f.lighthouse = {
    goal: 'performance at least 0.95, accessibility 1.0',
    pages: await lighthouseScores({
      consoleUrl: demo.consoleUrl,
      cookie,
      pages: ['/', '/protected-instances', `/protected-instances/new?group=${group}`],
    }),
  };
  step('load: 100 clients for 60 s');
  f.load = {
    goal: 'no errors, p95 under 100 ms',
    ...(await loadRun({ consoleUrl: demo.consoleUrl, simUrl: demo.simUrl, jobId: jobs.lastJobId })),
  };
  // Where it bends: the same clients reading a list page every 2 s instead of every 10 s.
  step('load with five times the list reads, 30 s');
  f.loadListHeavy = {
    goal: '0 errors, p95 ≤ 300 ms',
    ...(await loadRun({
      consoleUrl: demo.consoleUrl,
      simUrl: demo.simUrl,
      jobId: jobs.lastJobId,
      seconds: 30,
      listEverySeconds: 2,
    })),
  };
} finally {
  await demo.stop();
}

// Two instances behind a (client-side) load balancer on a PostgreSQL cluster of the bench's own.
step('two instances on PostgreSQL');
f.instances = {
  goal: 'pushed median ≤ 700 ms, p95 ≤ 1.2 s; equal polls per job; takeover ≤ 10 s; load 0 errors, p95 ≤ 300 ms',
  ...(await instancesBench()),
};

// A tenant of about 2,000 servers and 1,000 protected instances.
step('large tenant');
const large = await startStack({ name: 'large', simPort: 8892, consolePort: 3892, timeScale: 1, seedScale: 144 });
try {
  const cookie = await signIn(large.consoleUrl);
  f.largeTenant = {
    goal: 'p95 under 300 ms (the readiness page: p95 ≤ 400 ms)',
    ...(await pageTimings({ simUrl: large.simUrl, consoleUrl: large.consoleUrl, cookie })),
  };
  step('audit CSV export of 100,000 entries');
  const projectId = (await (await fetch(`${large.consoleUrl}/api/session`, { headers: { cookie } })).json()).project.id;
  f.auditExport = {
    goal: 'none set: time and the memory of the console process reported',
    ...(await auditExport({ ...large, cookie, projectId })),
  };
} finally {
  await large.stop();
}

fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
printReport(report);
console.log('\nwritten: reports/bench.json');
