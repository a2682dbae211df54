// 100 signed-in clients, each behaving like a browser with a job page open: the job's status every
// second (the job page), "my jobs" every two seconds (the header while a job runs) and a list page
// every `listEverySeconds`. Each client is its own autocannon instance started at a random moment
// in the first second: real browsers do not poll in lock-step, and one shared rate limiter would
// fire all 100 at once.
import autocannon from 'autocannon';
import { signIn } from './console-client.mjs';
import { percentile, summary } from './stats.mjs';

/**
 * One client's requests over `listEverySeconds` seconds, two a second (autocannon sends a
 * second's requests together, as a browser's job poll and header poll often coincide): the job
 * each second, then "my jobs", except in the last second, which reads the list instead.
 */
function cycle(jobId, listEverySeconds, headers) {
  const job = { method: 'GET', path: `/api/jobs/${jobId}`, headers };
  const mine = { method: 'GET', path: '/api/jobs', headers };
  const list = { method: 'GET', path: '/protected-instances', headers };
  return Array.from({ length: listEverySeconds }, (_, second) => [
    job,
    second === listEverySeconds - 1 ? list : mine,
  ]).flat();
}

function client({ consoleUrl, cookie, jobId, seconds, listEverySeconds, latencies }) {
  // Each client starts at its own point of the cycle, so the list reads are spread over time too.
  const ordered = cycle(jobId, listEverySeconds, { cookie });
  const shift = 2 * Math.floor(Math.random() * listEverySeconds);
  const requests = [...ordered.slice(shift), ...ordered.slice(0, shift)];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: consoleUrl,
        connections: 1,
        duration: seconds,
        connectionRate: 2,
        timeout: 10,
        requests,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (c, _status, _bytes, ms) => {
      const kind = c.requestIterator.currentRequest.path.startsWith('/api/jobs/')
        ? 'job'
        : c.requestIterator.currentRequest.path;
      (latencies[kind] ??= []).push(ms);
    });
  });
}

/** Several console URLs (instances behind a load balancer) share the clients out. */
export async function loadRun({
  consoleUrl,
  consoleUrls = [consoleUrl],
  simUrl,
  jobId,
  clients = 100,
  seconds = 60,
  listEverySeconds = 10,
}) {
  const cookies = [];
  for (let i = 0; i < clients; i++) cookies.push(await signIn(consoleUrl, 'demo-viewer'));
  const latencies = {};
  await fetch(`${simUrl}/__sim/stats`, { method: 'DELETE' });
  const started = Date.now();
  const results = await Promise.all(
    cookies.map(async (cookie, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      const url = consoleUrls[i % consoleUrls.length];
      return client({ consoleUrl: url, cookie, jobId, seconds, listEverySeconds, latencies });
    }),
  );
  const elapsedS = (Date.now() - started) / 1000;
  const upstream = (await (await fetch(`${simUrl}/__sim/stats`)).json()).requests;
  const sum = (pick) => results.reduce((n, r) => n + pick(r), 0);
  const total = sum((r) => r.requests.total);
  const all = Object.values(latencies).flat();
  return {
    clients,
    instances: consoleUrls.length,
    seconds,
    listEverySeconds,
    requests: total,
    throughputPerSecond: Math.round(total / elapsedS),
    p50Ms: Math.round(percentile(all, 50) * 10) / 10,
    p95Ms: Math.round(percentile(all, 95) * 10) / 10,
    byRequest: Object.fromEntries(Object.entries(latencies).map(([kind, values]) => [kind, summary(values)])),
    errors: sum((r) => r.errors + r.timeouts + r.non2xx),
    // What the list reads cost upstream: shared reads make this about one per window.
    upstreamListReadsPerSecond:
      Math.round(((upstream['GET /v1/:project_id/protected-instances'] ?? 0) / elapsedS) * 100) / 100,
    consoleListReadsPerSecond: Math.round((clients / listEverySeconds) * 10) / 10,
  };
}
