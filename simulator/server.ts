import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSim, type CreateSimOptions, type SimInstance } from './create-sim';
import { pruneTokens } from './iam/tokens';

const TICK_MS = 100;
const PRUNE_EVERY_TICKS = 600;

export interface RunningSim extends SimInstance {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1 with a ticker that keeps jobs moving between requests. */
export function startSimServer(options: CreateSimOptions & { port: number }): Promise<RunningSim> {
  const instance = createSim(options);
  const { sim } = instance;
  let ticks = 0;
  const ticker = setInterval(() => {
    sim.engine.advance();
    if (++ticks % PRUNE_EVERY_TICKS === 0) pruneTokens(sim);
    sim.state.flush();
  }, TICK_MS);

  return new Promise((resolve) => {
    const server = serve(
      { fetch: instance.app.fetch, hostname: '127.0.0.1', port: options.port },
      (info: AddressInfo) => {
        resolve({
          ...instance,
          port: info.port,
          url: `http://127.0.0.1:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              clearInterval(ticker);
              sim.state.flush();
              server.close(() => done());
            }),
        });
      },
    );
  });
}
