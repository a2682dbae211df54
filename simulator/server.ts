import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createSim, type CreateSimOptions, type SimInstance } from './create-sim';
import { identityRoot } from './iam/discovery-routes';
import { pruneTokens } from './iam/tokens';

const TICK_MS = 100;
const PRUNE_EVERY_TICKS = 600;

export interface RunningSim extends SimInstance {
  port: number;
  url: string;
  /** IAM's own endpoint, when one was asked for: `/` there is Keystone's version discovery. */
  iamUrl: string | null;
  close(): Promise<void>;
}

type Fetch = (request: Request) => Response | Promise<Response>;

function listen(fetch: Fetch, port: number): Promise<{ server: ServerType; url: string; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port }, (info: AddressInfo) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}`, port: info.port }),
    );
  });
}

const closed = (server: ServerType) => new Promise<void>((done) => server.close(() => done()));

/**
 * Starts the simulator on 127.0.0.1 with a ticker that keeps jobs moving between requests. Every
 * service shares one port; with `iamPort`, IAM also answers on a port of its own, as it has its own
 * host on OTC, where clients that discover versions from the root find Keystone's list.
 */
export async function startSimServer(options: CreateSimOptions & { port: number; iamPort?: number | null }) {
  const instance = createSim(options);
  const { sim } = instance;
  let ticks = 0;
  const ticker = setInterval(() => {
    sim.engine.advance();
    if (++ticks % PRUNE_EVERY_TICKS === 0) pruneTokens(sim);
    sim.state.flush();
  }, TICK_MS);

  const main = await listen(instance.app.fetch, options.port);
  const iam =
    options.iamPort === undefined || options.iamPort === null
      ? null
      : await listen((request) => {
          const { pathname } = new URL(request.url);
          return request.method === 'GET' && pathname === '/' ? identityRoot(request.url) : instance.app.fetch(request);
        }, options.iamPort);

  const running: RunningSim = {
    ...instance,
    port: main.port,
    url: main.url,
    iamUrl: iam?.url ?? null,
    close: async () => {
      clearInterval(ticker);
      sim.state.flush();
      await Promise.all([closed(main.server), ...(iam ? [closed(iam.server)] : [])]);
    },
  };
  return running;
}
