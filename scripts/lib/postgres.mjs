// A PostgreSQL server of the tests' own: a fresh cluster in a temporary folder, on a port of its
// own, run as the `postgres` user when started as root (PostgreSQL refuses to run as root). CI
// starts one for the whole run (`node scripts/lib/postgres.mjs start` prints what to export);
// `npm test` starts one itself when none is given. Tests create databases of their own in it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A port nobody listens on now, from the kernel. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** The server programs of the newest PostgreSQL installed (Debian keeps them off the PATH). */
export function postgresBinDir() {
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(debian, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (found) return path.dirname(found);
  throw new Error(
    'PostgreSQL server programs not found: the PostgreSQL tests need them (Debian: apt-get install postgresql).',
  );
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server program as the `postgres` user when this is root. */
function run(bin, args) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starts a fresh cluster; returns its admin URL and a function that stops it and removes its data. */
export async function startPostgres({ port } = {}) {
  port ??= await freePort();
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-pg-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // In the cluster's own configuration, so a restart comes back on the same port.
  const settings = [
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    "listen_addresses = '127.0.0.1'",
    'max_connections = 300',
    // Test data need not survive the machine: no disk flush on every commit.
    'fsync = off',
    'synchronous_commit = off',
  ];
  fs.appendFileSync(path.join(data, 'postgresql.conf'), `\n${settings.join('\n')}\n`);
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = () => {
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url, data, dir, bin, stop };
}

/** Restarts the cluster in place (a database restart mid-job, for the tests). */
export function restartPostgres(server, { downMs = 0 } = {}) {
  run(path.join(server.bin, 'pg_ctl'), ['-D', server.data, '-m', 'fast', '-w', 'stop']);
  if (downMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, downMs);
  run(path.join(server.bin, 'pg_ctl'), [
    '-D',
    server.data,
    '-l',
    path.join(path.dirname(server.data), 'server.log'),
    '-w',
    'start',
  ]);
}

/** A new empty database in the server at `adminUrl`; returns its URL. */
export async function createDatabase(adminUrl, name) {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// `node scripts/lib/postgres.mjs start`: starts a cluster for a whole CI run and prints the
// variables to export; the cluster lives until the machine goes.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  if (process.argv[2] !== 'start') {
    console.error('usage: node scripts/lib/postgres.mjs start');
    process.exit(2);
  }
  const server = await startPostgres();
  console.log(`export TEST_POSTGRES_URL='${server.url}'`);
  console.log(`export TEST_POSTGRES_DATA='${server.data}'`);
  console.log(`export TEST_POSTGRES_BIN='${server.bin}'`);
}
