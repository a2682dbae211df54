import 'server-only';
import { errorFromBody, OtcError } from './errors';

export interface CloudRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export interface CloudResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Adds credentials to a request: a token header, or an AK/SK signature over the final bytes. */
export interface Authenticator {
  headers(method: string, url: URL, body: string): Promise<Record<string, string>>;
  /** Called once after a 401; true when fresh credentials are ready and the request may be retried. */
  refresh(): Promise<boolean>;
}

export interface HttpOptions {
  timeoutMs: number;
  /** Retries for idempotent reads on network errors, timeouts and 5xx; writes are never repeated. */
  readRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Back-off before retry n (0-based): 200 ms, 400 ms, 800 ms … each jittered by ±50 %. */
export const backoffMs = (attempt: number, random: () => number): number =>
  Math.round(200 * 2 ** attempt * (0.5 + random()));

function buildUrl(req: CloudRequest): URL {
  const url = new URL(req.url);
  for (const [k, v] of Object.entries(req.query ?? {}))
    if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  return url;
}

async function once(req: CloudRequest, url: URL, auth: Authenticator, opts: HttpOptions): Promise<CloudResponse> {
  const body = req.body === undefined ? '' : JSON.stringify(req.body);
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json',
    ...(await auth.headers(req.method, url, body)),
  };
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, {
      method: req.method,
      headers,
      body: body === '' ? undefined : body,
      signal: AbortSignal.timeout(opts.timeoutMs),
      cache: 'no-store',
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    // The endpoint goes to the server's log only: users see what happened, not where the cloud is.
    console.error(
      `[cloud] ${req.method} ${url.host}${url.pathname}: ${timedOut ? 'no answer in time' : (e as Error).message}`,
    );
    throw timedOut
      ? new OtcError('timeout', 0, 'NET.TIMEOUT', `The cloud did not answer within ${opts.timeoutMs / 1000} s.`)
      : new OtcError('network', 0, 'NET.UNREACHABLE', 'The cloud could not be reached.');
  }
  const raw = await res.text();
  let parsed: unknown = null;
  if (raw !== '') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      if (res.ok)
        throw new OtcError(
          'invalid-response',
          res.status,
          'NET.BAD_BODY',
          'The cloud sent a response that is not JSON.',
        );
    }
  }
  if (!res.ok) throw errorFromBody(res.status, parsed);
  return { status: res.status, headers: res.headers, body: parsed };
}

const retryable = (e: unknown): boolean =>
  e instanceof OtcError && (e.kind === 'network' || e.kind === 'timeout' || (e.kind === 'http' && e.status >= 500));

/**
 * Sends one cloud request. Reads (GET) are retried with jittered back-off on network errors,
 * timeouts and 5xx; writes never are, so nothing is done twice. Any request is repeated once after
 * a 401 if the credentials could be refreshed: a 401 means the cloud did not act on it.
 */
export async function send(req: CloudRequest, auth: Authenticator, opts: HttpOptions): Promise<CloudResponse> {
  const url = buildUrl(req);
  const retries = req.method === 'GET' ? (opts.readRetries ?? 2) : 0;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(req, url, auth, opts);
    } catch (e) {
      if (e instanceof OtcError && e.status === 401 && !refreshed) {
        refreshed = true;
        if (await auth.refresh()) {
          attempt -= 1;
          continue;
        }
      }
      if (attempt < retries && retryable(e)) {
        await sleep(backoffMs(attempt, random));
        continue;
      }
      throw e;
    }
  }
}
