// The audit log's CSV export of 100,000 entries: how long until the last byte, and how much memory
// the console process takes meanwhile (its resident set, sampled, and the kernel's high-water mark).
import fs from 'node:fs';
import Database from 'better-sqlite3';

const ROWS = 100_000;

/** Resident memory of a process in MiB, from /proc (Linux): now, and its peak since it started. */
function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMiB: Math.round(kb('VmRSS') / 1024), peakMiB: Math.round(kb('VmHWM') / 1024) };
}

/** Writes the entries straight into the console's store, as 100,000 audited writes would have. */
function seedAudit(dbFile, projectId) {
  const db = new Database(dbFile);
  try {
    const insert = db.prepare(
      `INSERT INTO audit_log (at, user_name, project_id, action, target, params, outcome, error_code, job_id, count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        insert.run(
          now - i * 1000,
          `bench-user-${i % 7}`,
          projectId,
          i % 3 === 0 ? 'createProtectedInstance' : 'switchover',
          `bench-target-${i}`,
          JSON.stringify({ name: `bench-target-${i}`, note: 'a, "quoted" value' }),
          i % 10 === 0 ? 'cloud-error' : 'ok',
          i % 10 === 0 ? 'SDRS.1002' : null,
          null,
        );
      }
    })();
  } finally {
    db.close();
  }
}

export async function auditExport({ consoleUrl, consolePid, consoleDb, cookie, projectId }) {
  seedAudit(consoleDb, projectId);
  const before = memory(consolePid);
  let sampledPeak = before.rssMiB;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, memory(consolePid).rssMiB);
  }, 20);
  const started = performance.now();
  const res = await fetch(`${consoleUrl}/api/audit/export`, { headers: { cookie } });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = memory(consolePid);
  return {
    status: res.status,
    rows: lines - 1,
    megabytes: Math.round(bytes / 104857.6) / 10,
    seconds: Math.round(seconds * 100) / 100,
    rssBeforeMiB: before.rssMiB,
    rssPeakDuringMiB: sampledPeak,
    highWaterMarkMiB: after.peakMiB,
  };
}
