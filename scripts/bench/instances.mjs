// Two console instances on one PostgreSQL (a cluster of the bench's own) and one simulated cloud:
// upstream job polls per job with one and with two instances, pushed propagation with the viewers
// spread over both, the survivor's takeover after a SIGKILL, and list load through both.
import fs from 'node:fs';
import pg from 'pg';
import { createDatabase, startPostgres } from '../lib/postgres.mjs';
import { startConsole, startSim } from '../lib/stack.mjs';
import { signIn } from './console-client.mjs';
import { pushedPropagation, startJob, watchPushed } from './job-propagation.mjs';
import { loadRun } from './load.mjs';
import { sim, simToken } from './sim-client.mjs';
import { percentile } from './stats.mjs';

const JOB_ROUTE = 'GET /v1/:project_id/jobs/:job_id';
const SIM_PORT = 8894;
const PORTS = [3894, 3895];
/**
 * Each job poll answered this much later during the takeover runs: longer than the poll interval,
 * so a poll is always in hand somewhere, and the killed instance holds it in about half the runs.
 */
const SLOW_POLL_MS = 2000;
const TAKEOVER_RUNS = 8;
/** A survivor that was holding the poll itself writes within one slow poll; later means it took over. */
const HELD_BY_VICTIM_MS = SLOW_POLL_MS + 1000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function setPollLatency(simUrl, ms) {
  await fetch(`${simUrl}/__sim/faults/latency`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms, match: '/jobs/' }),
  });
}

/** Protects `server` in crm-staging and follows it to the end; the cloud's job polls it cost. */
async function pollsPerJob({ simUrl, token, urls, cookie, groupId, serverId, name }) {
  await fetch(`${simUrl}/__sim/stats`, { method: 'DELETE' });
  const jobId = await startJob(urls[0], cookie, groupId, serverId, name);
  await watchPushed(urls, cookie, jobId, urls.length * 2, 120_000);
  const polls = (await (await fetch(`${simUrl}/__sim/stats`)).json()).requests[JOB_ROUTE] ?? 0;
  const ledger = await (await fetch(`${urls[0]}/api/jobs/${jobId}`, { headers: { cookie } })).json();
  const job = await sim(simUrl, token, `/v1/{pid}/jobs/${ledger.cloudJobId}`);
  const seconds = (Date.parse(job.end_time) - Date.parse(job.begin_time)) / 1000;
  return { instances: urls.length, upstreamJobRequests: polls, jobSeconds: Math.round(seconds * 10) / 10, jobId };
}

/** The job row's last write, straight from the shared ledger. */
async function ledgerWrittenAt(databaseUrl, jobId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT updated_at FROM jobs WHERE id = $1', [jobId]);
    return Number(rows[0]?.updated_at ?? 0);
  } finally {
    await client.end();
  }
}

/**
 * Kills the instance that started a job, at a random moment of it, and times how long until the
 * survivor writes the job's next poll into the ledger (the dead one cannot write any more).
 */
async function takeover({ databaseUrl, instances, cookie, groupId, serverId, name }) {
  const [victim, survivor] = instances;
  const jobId = await startJob(victim.url, cookie, groupId, serverId, name);
  const viewers = watchPushed([survivor.url], cookie, jobId, 1, 120_000);
  await sleep(1500 + Math.random() * 1500);
  const killedAt = Date.now();
  await victim.stop('SIGKILL');
  let written = 0;
  while (Date.now() - killedAt < 60_000) {
    written = await ledgerWrittenAt(databaseUrl, jobId);
    if (written > killedAt) break;
    await sleep(50);
  }
  await viewers;
  return written > killedAt ? written - killedAt : null;
}

export async function instancesBench({ timeScale = 0.25 } = {}) {
  const server = await startPostgres();
  const stops = [];
  try {
    const databaseUrl = await createDatabase(server.url, 'bench_instances');
    for (const f of fs.readdirSync('data')) if (f.startsWith('bench-instances-')) fs.rmSync(`data/${f}`);
    const simServer = await startSim({ port: SIM_PORT, db: 'data/bench-instances-sim.db', timeScale });
    stops.push(() => simServer.stop());
    const simUrl = simServer.url;
    const instances = [];
    const startInstance = async (i) => {
      const web = await startConsole({
        port: PORTS[i],
        simUrl,
        db: 'unused',
        env: { DATABASE_URL: databaseUrl },
      });
      instances[i] = web;
      return web;
    };
    stops.push(() => Promise.all(instances.map((w) => w?.stop())));

    const token = await simToken(simUrl);
    const group = (await sim(simUrl, token, '/v1/{pid}/server-groups')).server_groups.find(
      (g) => g.name === 'crm-staging',
    );
    // Servers of the bench's own, bought in the simulated cloud, one per job.
    const buy = async (name) => {
      const res = await fetch(`${simUrl}/__sim/servers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, status: 'ACTIVE', flavor: 's3.large.2', disks: [{ size: 40, type: 'SSD' }] }),
      });
      if (!res.ok) throw new Error(`no server bought: ${await res.text()}`);
      return (await res.json()).server.id;
    };
    const job = async (urls, cookie, name) => ({
      simUrl,
      token,
      urls,
      cookie,
      groupId: group.id,
      serverId: await buy(name),
      name,
    });

    await startInstance(0);
    const cookie = await signIn(instances[0].url);
    const perJob = [await pollsPerJob(await job([instances[0].url], cookie, 'bench-one'))];
    await startInstance(1);
    const both = () => instances.map((w) => w.url);
    perJob.push(await pollsPerJob(await job(both(), cookie, 'bench-two')));

    const pushed = await pushedPropagation({ simUrl, consoleUrl: both()[0], cookie, viewerUrls: both() });

    const load = await loadRun({
      consoleUrl: both()[0],
      consoleUrls: both(),
      simUrl,
      jobId: perJob[1].jobId,
      seconds: 30,
      listEverySeconds: 2,
    });

    await setPollLatency(simUrl, SLOW_POLL_MS);
    const takeovers = [];
    for (let run = 0; run < TAKEOVER_RUNS; run++) {
      takeovers.push(await takeover({ ...(await job(both(), cookie, `bench-kill-${run}`)), databaseUrl, instances }));
      await startInstance(0);
    }
    await setPollLatency(simUrl, 0);
    const timed = takeovers.filter((t) => t !== null);
    const heldByVictim = timed.filter((t) => t > HELD_BY_VICTIM_MS);
    const betweenPolls = timed.filter((t) => t <= HELD_BY_VICTIM_MS);
    return {
      upstreamJobRequests: perJob.map((run) => ({ ...run, jobId: undefined })),
      pushedPropagation: pushed,
      load,
      takeover: {
        runs: takeovers,
        medianMs: percentile(timed, 50),
        maxMs: Math.max(...timed),
        slowPollMs: SLOW_POLL_MS,
        // The killed instance held the job's poll: it is handed on after its expiry.
        heldByVictim: {
          runs: heldByVictim.length,
          medianMs: heldByVictim.length ? percentile(heldByVictim, 50) : null,
        },
        // The survivor had the poll, or the next one was waiting in the queue.
        betweenPolls: {
          runs: betweenPolls.length,
          medianMs: betweenPolls.length ? percentile(betweenPolls, 50) : null,
        },
      },
    };
  } finally {
    for (const stop of stops.reverse()) await stop();
    server.stop();
  }
}
