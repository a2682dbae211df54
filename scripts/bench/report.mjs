// The bench's table: one line per figure, its goal beside it.
const ms = (n) => `${n} ms`;

export function printReport({ date, machine, figures: f }) {
  const js = f.firstLoadJs.routes;
  const largest = js.reduce((a, b) => (b.gzipKB > a.gzipKB ? b : a));
  const rows = [
    ['figure', 'value', 'goal'],
    ['first-load JS, largest route (gzip)', `${largest.gzipKB} KB (${largest.route})`, '≤ 200 KB'],
    ['first-load JS, smallest route (gzip)', `${Math.min(...js.map((r) => r.gzipKB))} KB`, '≤ 200 KB'],
    ...f.lighthouse.pages.map((p) => [
      `Lighthouse desktop ${p.path.replace(/\?.*/, '')}`,
      `performance ${p.performance}, accessibility ${p.accessibility}`,
      '≥ 0.95, 1.0',
    ]),
    [
      'proxy overhead p50 (console − direct)',
      `+${ms(f.proxyOverhead.addedP50Ms)} (${f.proxyOverhead.console.p50Ms} vs ${f.proxyOverhead.direct.p50Ms})`,
      '≤ 15 ms',
    ],
    [
      'proxy overhead p95 (console − direct)',
      `+${ms(f.proxyOverhead.addedP95Ms)} (${f.proxyOverhead.console.p95Ms} vs ${f.proxyOverhead.direct.p95Ms})`,
      '—',
    ],
    [
      'job status propagation, polled every second, median / p95',
      `${ms(f.jobPropagation.medianMs)} / ${ms(f.jobPropagation.p95Ms)} (${f.jobPropagation.samples} samples)`,
      'median < 1500 ms',
    ],
    [
      'job status propagation, pushed (10 jobs, 12 viewers each), median / p95',
      `${ms(f.pushedPropagation.medianMs)} / ${ms(f.pushedPropagation.p95Ms)} (${f.pushedPropagation.samples} samples)`,
      'median ≤ 700 ms, p95 ≤ 1.2 s',
    ],
    [
      'group state change upstream → group page, page following / idle page (median / p95)',
      `${ms(f.groupPropagation.followingPage.medianMs)} / ${ms(f.groupPropagation.followingPage.p95Ms)}; ` +
        `${ms(f.groupPropagation.idlePage.medianMs)} / ${ms(f.groupPropagation.idlePage.p95Ms)} ` +
        `(${f.groupPropagation.followingPage.samples} + ${f.groupPropagation.idlePage.samples} samples)`,
      '—',
    ],
    [
      'PostgreSQL, 2 instances: job status propagation, pushed, median / p95',
      `${ms(f.instances.pushedPropagation.medianMs)} / ${ms(f.instances.pushedPropagation.p95Ms)} ` +
        `(${f.instances.pushedPropagation.samples} samples)`,
      'median ≤ 700 ms, p95 ≤ 1.2 s',
    ],
    [
      'PostgreSQL: upstream job requests per job, 1 / 2 instances',
      f.instances.upstreamJobRequests.map((r) => `${r.upstreamJobRequests} (job ${r.jobSeconds} s)`).join(' / '),
      'equal',
    ],
    [
      `PostgreSQL: takeover after SIGKILL, ${f.instances.takeover.runs.length} kills (polls answered in ${f.instances.takeover.slowPollMs} ms)`,
      `the killed one held the poll: ${f.instances.takeover.heldByVictim.runs} runs, median ` +
        `${ms(f.instances.takeover.heldByVictim.medianMs)}; between polls: ${f.instances.takeover.betweenPolls.runs} ` +
        `runs, median ${ms(f.instances.takeover.betweenPolls.medianMs)}; max ${ms(f.instances.takeover.maxMs)}`,
      '≤ 10 s',
    ],
    [
      'upstream job requests, 1 / 20 / 100 viewers',
      f.upstreamJobRequests.runs.map((r) => r.upstreamPerSecond).join(' / ') + ' per second',
      'the same',
    ],
    [
      `protected-instances list, ${f.largeTenant.tenant.servers} servers / ${f.largeTenant.tenant.protectedInstances} PIs`,
      `p50 ${ms(f.largeTenant.protectedInstancesList.p50Ms)}, p95 ${ms(f.largeTenant.protectedInstancesList.p95Ms)}`,
      'p95 < 300 ms',
    ],
    [
      'readiness page, same tenant',
      `p50 ${ms(f.largeTenant.readiness.p50Ms)}, p95 ${ms(f.largeTenant.readiness.p95Ms)}`,
      'p95 ≤ 400 ms',
    ],
    [
      `audit CSV export, ${f.auditExport.rows} rows (${f.auditExport.megabytes} MB)`,
      `${f.auditExport.seconds} s; console RSS ${f.auditExport.rssBeforeMiB} MiB before, ` +
        `${f.auditExport.rssPeakDuringMiB} MiB peak during (high-water mark ${f.auditExport.highWaterMarkMiB} MiB)`,
      '—',
    ],
    [
      'server picker, same tenant',
      `p50 ${ms(f.largeTenant.serverPicker.p50Ms)}, p95 ${ms(f.largeTenant.serverPicker.p95Ms)}`,
      'p95 < 300 ms',
    ],
    [
      `EVS pair form, same tenant (${f.largeTenant.tenant.volumes} disks)`,
      `p50 ${ms(f.largeTenant.evsPairCreate.p50Ms)}, p95 ${ms(f.largeTenant.evsPairCreate.p95Ms)}`,
      'p95 ≤ 300 ms',
    ],
    [
      'EVS pair form payload: HTML (with RSC) / RSC alone',
      `${f.largeTenant.evsPairCreate.payload.htmlKB} KB / ${f.largeTenant.evsPairCreate.payload.rscKB} KB ` +
        `(gzip ${f.largeTenant.evsPairCreate.payload.htmlGzipKB} / ${f.largeTenant.evsPairCreate.payload.rscGzipKB} KB)`,
      '≤ 300 KB',
    ],
    ...[
      [f.load, 'no errors, p95 < 100 ms'],
      [f.loadListHeavy, '0 errors, p95 ≤ 300 ms'],
      [f.instances.load, '0 errors, p95 ≤ 300 ms'],
    ].map(([run, goal]) => [
      `load, ${run.clients} clients × ${run.seconds} s, a list every ${run.listEverySeconds} s, ` +
        `${run.instances === 2 ? 'PostgreSQL, 2 instances' : 'SQLite, 1 instance'}`,
      `${run.throughputPerSecond} req/s, p50 ${ms(run.p50Ms)}, p95 ${ms(run.p95Ms)}, ${run.errors} errors; ` +
        `list reads ${run.consoleListReadsPerSecond}/s → upstream ${run.upstreamListReadsPerSecond}/s`,
      goal,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  console.log(`\nbench ${date.slice(0, 10)} on ${machine}\n`);
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  console.log('\nfirst-load JS per route (gzip):');
  for (const r of js) console.log(`  ${r.route.padEnd(34)} ${r.gzipKB} KB`);
}
