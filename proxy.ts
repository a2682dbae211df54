import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/session-cookie';
import { readConnection } from './lib/net/connection-headers';
import { parseTrustedProxies, type TrustedProxies } from './lib/net/trusted-proxies';
import { contentSecurityPolicy } from './lib/security-headers';

/** Reached without a session: the sign-in page, and the health and readiness checks a load balancer asks. */
const PUBLIC_PATHS = ['/sign-in', '/api/health', '/api/ready'];
/** Methods that may change something: a server action, whatever its encoding, is always a POST. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const HSTS = 'max-age=31536000; includeSubDomains';

// The configuration proper (lib/config) is server-only; the proxy reads the two settings it needs.
const publicUrl = process.env.PUBLIC_URL || undefined;
const trustedSetting = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const trusted: TrustedProxies = 'error' in trustedSetting ? { kind: 'none' } : trustedSetting;

/**
 * A request that may change something must come from a page of this site: its Origin must be the
 * console's public origin, or the host the browser asked for. A missing, `null` or foreign Origin
 * is refused, so no other site can post a form (with or without JavaScript) as the user. Next
 * forwards an action to the page that owns it with the original host in X-Forwarded-Host; a
 * browser on another site can set neither that header nor the Origin.
 */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    const url = new URL(origin);
    if (publicUrl) return url.origin === new URL(publicUrl).origin;
    return url.host === (request.headers.get('x-forwarded-host') ?? request.headers.get('host'));
  } catch {
    return false;
  }
}

/**
 * First line of defence: a request without a session cookie never reaches a page, an action or a
 * route handler. Pages go to sign-in (remembering where they were going); API calls and server
 * actions get 401. The cookie's validity is checked again, against the store, by every page,
 * action and handler.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  const hasSession = request.cookies.has(SESSION_COOKIE);
  const mayChange = !SAFE_METHODS.has(request.method);
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const https = readConnection(request.headers, { publicUrl, trusted }).scheme === 'https';
  const finish = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', csp);
    if (https) response.headers.set('Strict-Transport-Security', HSTS);
    // Live data is per user and per moment: no cache, shared or private, may keep it; and no proxy
    // may compress it, which would hold the event stream's events back until a buffer fills.
    if (isApi) response.headers.set('Cache-Control', 'no-store, no-transform');
    return response;
  };

  // Cross-site request forgery: refused before any action or handler code runs.
  if (mayChange && !sameOrigin(request)) {
    return finish(
      NextResponse.json(
        { error: 'forbidden-origin', message: 'Requests from another site are refused.' },
        { status: 403 },
      ),
    );
  }

  if (!isPublic && !hasSession) {
    if (isApi || mayChange) {
      return finish(NextResponse.json({ error: 'unauthenticated', message: 'Sign in first.' }, { status: 401 }));
    }
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return finish(NextResponse.redirect(url));
  }

  // Next reads the nonce from the request's CSP and puts it on the scripts it renders.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-path', pathname + search);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', csp);
  return finish(NextResponse.next({ request: { headers: forwarded } }));
}

export const config = {
  // Only the build's static files and the two icons are served without the checks above: the
  // exact names, not every path that starts like one.
  matcher: ['/((?!_next/static/|_next/image$|icon\\.svg$|favicon\\.ico$).*)'],
};
