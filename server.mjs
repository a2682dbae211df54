#!/usr/bin/env node
// `npm start`: the console's HTTP server. Next.js keeps whatever `X-Forwarded-*` headers a client
// sends, so only this server, which sees the connection itself, can say who connected and over
// which scheme. It records both in headers of its own, replacing any a client sent, and marks the
// process so the console believes those headers only when they come from here.
import { createServer } from 'node:http';

// What `next start` does too: the production build runs with React's production bundles.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const PEER_HEADER = 'x-console-peer';
const SCHEME_HEADER = 'x-console-scheme';
globalThis[Symbol.for('sdrs-console.connection-headers')] = { peer: PEER_HEADER, scheme: SCHEME_HEADER };

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.CONSOLE_HOST || undefined;
const app = next({ dev: false, port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  req.headers[SCHEME_HEADER] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[console] listening on ${hostname ?? '*'}:${port}`));

/** Long enough for the polls in hand to finish; a load balancer's drain period is longer. */
const SHUTDOWN_MS = 10_000;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // No new connections; the console hands its jobs back and ends its streams, then the rest go.
  server.close();
  const shutDown = globalThis[Symbol.for('sdrs-console.shutdown')];
  const timeout = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_MS).unref());
  await Promise.race([typeof shutDown === 'function' ? shutDown().catch(() => undefined) : null, timeout]);
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
