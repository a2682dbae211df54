// How fast a job's end reaches its viewers, and how many upstream job requests the console makes
// while 1, 20 or 100 people watch one job.
import { randomUUID } from 'node:crypto';
import { actionId, callAction } from './console-client.mjs';
import { sim, simToken } from './sim-client.mjs';
import { percentile } from './stats.mjs';

const JOB_ROUTE = 'GET /v1/:project_id/jobs/:job_id';

/** Starts a protected instance through the console's own action and returns its ledger id. */
export async function startJob(consoleUrl, cookie, groupId, serverId, name) {
  const id = actionId('app/(console)/protected-instances/new/actions.ts', 'createProtectedInstance');
  const res = await callAction(
    consoleUrl,
    '/protected-instances/new',
    id,
    {
      serverGroupId: groupId,
      serverId,
      name,
      description: '',
      subnetId: '',
      ipAddress: '',
      flavorRef: '',
      tags: [],
      idempotencyKey: randomUUID(),
    },
    cookie,
  );
  const redirect = res.headers.get('x-action-redirect') ?? '';
  const match = /\/jobs\/([0-9a-f-]{36})/.exec(redirect);
  if (!match) throw new Error(`the job did not start (HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`);
  return match[1];
}

/** N viewers poll the job's route handler every second, as the job page does. */
async function watch(consoleUrl, cookie, jobId, viewers, timeoutMs) {
  const seen = new Array(viewers).fill(null);
  const deadline = Date.now() + timeoutMs;
  await Promise.all(
    Array.from({ length: viewers }, async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      while (Date.now() < deadline && seen[i] === null) {
        const res = await fetch(`${consoleUrl}/api/jobs/${jobId}`, { headers: { cookie } });
        const job = await res.json();
        if (job.status === 'SUCCESS' || job.status === 'FAIL') seen[i] = { at: Date.now(), status: job.status };
        else await new Promise((r) => setTimeout(r, 1000));
      }
    }),
  );
  return seen;
}

/**
 * N viewers follow the job over the push stream, as a browser tab does; each notes when the end
 * arrives. Several console URLs (instances behind a load balancer) share the viewers out.
 */
export async function watchPushed(consoleUrls, cookie, jobId, viewers, timeoutMs) {
  const urls = [consoleUrls].flat();
  return Promise.all(
    Array.from({ length: viewers }, async (_, i) => {
      const consoleUrl = urls[i % urls.length];
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        const res = await fetch(`${consoleUrl}/api/jobs/stream?ids=${jobId}`, {
          headers: { cookie, accept: 'text/event-stream' },
          signal: abort.signal,
        });
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of res.body) {
          buffer += decoder.decode(chunk, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^event: job\ndata: (.*)$/m.exec(event)?.[1];
            const status = data ? JSON.parse(data).status : null;
            if (status === 'SUCCESS' || status === 'FAIL') return { at: Date.now(), status };
          }
        }
        return null;
      } catch {
        return null;
      } finally {
        clearTimeout(timer);
        abort.abort();
      }
    }),
  );
}

const endOfCloudJob = async (simUrl, token, consoleUrl, cookie, jobId) => {
  const ledger = await (await fetch(`${consoleUrl}/api/jobs/${jobId}`, { headers: { cookie } })).json();
  const cloudJob = await sim(simUrl, token, `/v1/{pid}/jobs/${ledger.cloudJobId ?? ''}`);
  return Date.parse(cloudJob.end_time);
};

/** Starts a flavor change of both servers of an instance through the console's own action. */
async function startResize(consoleUrl, cookie, instanceId, flavorId) {
  const id = actionId('app/(console)/protected-instances/[id]/actions.ts', 'resizeInstance');
  const input = { instanceId, target: 'both', flavorId, idempotencyKey: randomUUID() };
  const res = await callAction(consoleUrl, `/protected-instances/${instanceId}`, id, input, cookie);
  const match = /\/jobs\/([0-9a-f-]{36})/.exec(res.headers.get('x-action-redirect') ?? '');
  if (!match) throw new Error(`the resize did not start (HTTP ${res.status}): ${(await res.text()).slice(0, 300)}`);
  return match[1];
}

/**
 * Propagation to viewers on the push stream: win-01 (stopped) is protected, then its flavor is
 * changed back and forth nine times, 12 viewers following each job over the stream.
 */
export async function pushedPropagation({ simUrl, consoleUrl, cookie, viewerUrls = [consoleUrl] }) {
  const token = await simToken(simUrl);
  const group = (await sim(simUrl, token, '/v1/{pid}/server-groups')).server_groups.find(
    (g) => g.name === 'crm-staging',
  );
  const servers = (await sim(simUrl, token, '/v1/{pid}/cloudservers/detail?limit=1000')).servers;
  const server = servers.find((s) => s.name === 'win-01' && s['OS-EXT-AZ:availability_zone'] === 'eu-de-01');
  const latencies = [];
  // A job of fixed length would end at the same point between two polls every time: each job runs
  // at a slightly different pace, so the end falls anywhere between polls, as real jobs' ends do.
  const pace = (scale) =>
    fetch(`${simUrl}/__sim/time-scale`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scale }),
    });
  const follow = async (jobId) => {
    const seen = await watchPushed(viewerUrls, cookie, jobId, 12, 120_000);
    const endedAt = await endOfCloudJob(simUrl, token, consoleUrl, cookie, jobId);
    for (const v of seen) if (v) latencies.push(v.at - endedAt);
  };
  await pace(0.2 + Math.random() * 0.1);
  const created = await startJob(consoleUrl, cookie, group.id, server.id, 'bench-push');
  await follow(created);
  const instanceId = (await (await fetch(`${consoleUrl}/api/jobs/${created}`, { headers: { cookie } })).json())
    .targetId;
  for (const flavor of Array.from({ length: 9 }, (_, i) => (i % 2 === 0 ? 's3.large.2' : 's3.xlarge.2'))) {
    await pace(0.2 + Math.random() * 0.1);
    await follow(await startResize(consoleUrl, cookie, instanceId, flavor));
  }
  await pace(0.25);
  return { samples: latencies.length, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}

export async function jobPropagation({ simUrl, consoleUrl, cookie }) {
  const token = await simToken(simUrl);
  const groups = await sim(simUrl, token, '/v1/{pid}/server-groups');
  const group = groups.server_groups.find((g) => g.name === 'crm-staging');
  const servers = (await sim(simUrl, token, '/v1/{pid}/cloudservers/detail?limit=1000')).servers;
  const pick = (name) => servers.find((s) => s.name === name && s['OS-EXT-AZ:availability_zone'] === 'eu-de-01').id;
  const runs = [];
  const latencies = [];
  let lastJobId;
  for (const [viewers, server] of [
    [1, 'app-01'],
    [20, 'app-02'],
    [100, 'cache-01'],
  ]) {
    await fetch(`${simUrl}/__sim/stats`, { method: 'DELETE' });
    const started = Date.now();
    const jobId = await startJob(consoleUrl, cookie, group.id, pick(server), `bench-${viewers}`);
    lastJobId = jobId;
    const seen = await watch(consoleUrl, cookie, jobId, viewers, 120_000);
    const elapsedS = (Date.now() - started) / 1000;
    const stats = (await (await fetch(`${simUrl}/__sim/stats`)).json()).requests;
    const upstream = stats[JOB_ROUTE] ?? 0;
    // When the cloud's answer changed: the job's end time as the cloud reports it.
    const ledger = await (await fetch(`${consoleUrl}/api/jobs/${jobId}`, { headers: { cookie } })).json();
    const cloudJob = await sim(simUrl, token, `/v1/{pid}/jobs/${ledger.cloudJobId ?? ''}`);
    const endedAt = Date.parse(cloudJob.end_time);
    for (const s of seen) if (s) latencies.push(s.at - endedAt);
    runs.push({
      viewers,
      upstreamJobRequests: upstream,
      seconds: Math.round(elapsedS * 10) / 10,
      upstreamPerSecond: Math.round((upstream / elapsedS) * 100) / 100,
      sawEnd: seen.filter(Boolean).length,
    });
  }
  return {
    groupId: group.id,
    lastJobId,
    runs,
    propagation: { samples: latencies.length, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95) },
  };
}
