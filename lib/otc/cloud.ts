import 'server-only';
import type { z } from 'zod';
import { OtcError } from './errors';
import type { Endpoints, Service } from './endpoints';
import { send, type Authenticator, type CloudRequest, type HttpOptions } from './http';
import { issuePasswordToken } from './iam';
import { dropProjectReads, sharedRead } from './shared-reads';
import { sdkDate, signRequest } from './signer';

/** Refresh a token this long before it expires, so no call carries one that dies in flight. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export type Credentials =
  | { method: 'password'; domain: string; user: string; password: string; project: string }
  | { method: 'aksk'; accessKey: string; secretKey: string; projectId: string };

export interface TokenState {
  token: string;
  expiresAt: number;
}

export interface CloudOptions extends HttpOptions {
  iamUrl: string;
  projectId: string;
  endpoints: Endpoints;
  credentials: Credentials;
  token: TokenState | null;
  /**
   * Identical reads of the project within this many milliseconds share one upstream request; 0
   * shares only reads in flight; undefined shares nothing (the job poller must see the cloud now).
   */
  shareReadsMs?: number;
  /** Persists a refreshed token (into the session). */
  onTokenRefreshed?: (token: TokenState) => void;
  now?: () => number;
}

function tokenAuthenticator(
  opts: CloudOptions & { credentials: Extract<Credentials, { method: 'password' }> },
): Authenticator {
  let current = opts.token;
  const now = opts.now ?? Date.now;
  const refresh = async (): Promise<boolean> => {
    const issued = await issuePasswordToken(opts.iamUrl, opts.credentials, opts.timeoutMs, opts.fetch);
    current = { token: issued.token, expiresAt: issued.expiresAt };
    opts.onTokenRefreshed?.(current);
    return true;
  };
  return {
    async headers() {
      if (!current || current.expiresAt - now() < REFRESH_MARGIN_MS) await refresh();
      return { 'x-auth-token': current?.token ?? '' };
    },
    async refresh() {
      try {
        return await refresh();
      } catch (e) {
        // IAM refused the stored credentials (changed password, disabled user): the 401 stands and
        // the user must sign in again. An unreachable IAM is not a refusal; that error is reported as is.
        if (e instanceof OtcError && e.kind === 'http' && e.status < 500) return false;
        throw e;
      }
    },
  };
}

function signingAuthenticator(credentials: Extract<Credentials, { method: 'aksk' }>, now: () => number): Authenticator {
  return {
    async headers(method, url, body) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        host: url.host,
        'x-sdk-date': sdkDate(new Date(now())),
      };
      const authorization = signRequest({ method, url, headers, body }, credentials.accessKey, credentials.secretKey);
      // X-Project-Id is sent unsigned, as the SDKs do.
      return { ...headers, authorization, 'x-project-id': credentials.projectId };
    },
    async refresh() {
      return false;
    },
  };
}

/** A signed-in user's view of the cloud: one method per call, responses parsed at the boundary. */
export class Cloud {
  private readonly auth: Authenticator;

  constructor(private readonly opts: CloudOptions) {
    const now = opts.now ?? Date.now;
    this.auth =
      opts.credentials.method === 'password'
        ? tokenAuthenticator({ ...opts, credentials: opts.credentials })
        : signingAuthenticator(opts.credentials, now);
  }

  async call<S extends z.ZodType>(
    service: Service,
    req: Omit<CloudRequest, 'url'> & { path: string },
    schema: S,
  ): Promise<z.infer<S>> {
    const res = await this.exchange(service, req);
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) {
      throw new OtcError(
        'invalid-response',
        res.status,
        'NET.BAD_BODY',
        `The ${service.toUpperCase()} answer did not have the expected shape.`,
      );
    }
    return parsed.data;
  }

  /** For writes and calls whose answer has no body (204). */
  async send(service: Service, req: Omit<CloudRequest, 'url'> & { path: string }): Promise<unknown> {
    return (await this.exchange(service, req)).body;
  }

  private async exchange(service: Service, req: Omit<CloudRequest, 'url'> & { path: string }) {
    const full = { ...req, url: `${this.opts.endpoints[service]}${req.path}` };
    const upstream = async () => {
      const res = await send(full, this.auth, this.opts);
      return { status: res.status, body: res.body };
    };
    const { projectId, shareReadsMs } = this.opts;
    if (req.method !== 'GET') {
      // A write changes what the project's reads would answer: before it, and once it is done.
      dropProjectReads(projectId);
      try {
        return await upstream();
      } finally {
        dropProjectReads(projectId);
      }
    }
    if (shareReadsMs === undefined) return upstream();
    return sharedRead(projectId, `${full.url}?${JSON.stringify(req.query ?? {})}`, shareReadsMs, upstream);
  }
}
