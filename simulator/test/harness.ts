import { ManualClock } from '../core/clock';
import type { Collections } from '../core/model';
import { createSim, type SimInstance } from '../create-sim';
import { DEMO } from '../seed/demo-identity';
import { openDatabase, type SimDatabase } from '../store/database';

export interface Reply {
  status: number;
  body: Record<string, unknown> & { [key: string]: unknown };
  headers: Headers;
}

type UserName = 'demo-operator' | 'demo-support' | 'demo-viewer';
type NamedKind = 'server' | 'volume' | 'group' | 'instance' | 'pair' | 'vpc' | 'subnet';

/**
 * An in-process simulator on a manual clock: requests go through the real Hono app (no port),
 * and `settle()` moves time so jobs finish deterministically.
 */
export class TestSim {
  readonly clock: ManualClock;
  readonly instance: SimInstance;
  readonly project = DEMO.project.id;
  readonly db: SimDatabase;
  private tokens = new Map<string, string>();

  constructor(options: { db?: SimDatabase; reset?: boolean; clock?: ManualClock; seedScale?: number } = {}) {
    this.db = options.db ?? openDatabase(':memory:');
    this.clock = options.clock ?? new ManualClock();
    this.instance = createSim({
      db: this.db,
      clock: this.clock,
      reset: options.reset,
      settings: { seedScale: options.seedScale ?? 1 },
    });
  }

  get sim() {
    return this.instance.sim;
  }

  async raw(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const res = await this.instance.app.request(path.replaceAll('{pid}', this.project), {
      method,
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Reply['body']) : {}, headers: res.headers };
  }

  async login(user: UserName = 'demo-operator', password: string = DEMO.password): Promise<Reply> {
    return this.raw('POST', '/v3/auth/tokens', {
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: user, password, domain: { name: 'demo' } } } },
          scope: { project: { name: 'eu-de' } },
        },
      },
    });
  }

  async token(user: UserName = 'demo-operator'): Promise<string> {
    const cached = this.tokens.get(user);
    if (cached) return cached;
    const reply = await this.login(user);
    const token = reply.headers.get('x-subject-token');
    if (!token) throw new Error(`login failed for ${user}: ${JSON.stringify(reply.body)}`);
    this.tokens.set(user, token);
    return token;
  }

  async call(method: string, path: string, body?: unknown, user: UserName = 'demo-operator'): Promise<Reply> {
    return this.raw(method, path, { body, headers: { 'x-auth-token': await this.token(user) } });
  }

  /** Moves the clock on and runs every due job step. */
  settle(ms = 60_000): void {
    this.clock.advance(ms);
    this.sim.engine.advance();
    this.sim.state.flush();
  }

  async job(jobId: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/v1/{pid}/jobs/${jobId}`)).body;
  }

  /** Submits an async request, expects 200 + job_id, lets the job finish and returns the job. */
  async run(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const reply = await this.call(method, path, body);
    if (reply.status !== 200 || typeof reply.body.job_id !== 'string') {
      throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    }
    this.settle(120_000);
    return this.job(reply.body.job_id);
  }

  byName<K extends NamedKind>(kind: K, name: string): Collections[K] {
    const rec = this.sim.state.all(kind).find((r) => r.name === name);
    if (!rec) throw new Error(`no ${kind} named ${name}`);
    return rec;
  }

  id(kind: NamedKind, name: string): string {
    return this.byName(kind, name).id;
  }
}

export const sdrsCode = (r: Reply): string | undefined => {
  const b = r.body as Record<string, { code?: string } | string | undefined>;
  for (const key of ['error', 'badrequest', 'itemNotFound']) {
    const v = b[key];
    if (v && typeof v === 'object' && typeof v.code === 'string') return v.code;
  }
  return typeof b.error_code === 'string' ? b.error_code : undefined;
};
