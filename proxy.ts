import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/session-cookie';
import { contentSecurityPolicy } from './lib/security-headers';

/** The Origin a browser sends with a POST must be this site (the host it asked, as forwarded). */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
const PUBLIC_PATHS = ['/sign-in'];

/**
 * First line of defence: a request without a session cookie never reaches a page, an action or a
 * route handler. Pages go to sign-in (remembering where they were going); API calls and server
 * actions get 401. The cookie's validity is checked again, against the store, by every page,
 * action and handler.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = request.cookies.has(SESSION_COOKIE);
  const isAction = request.method === 'POST' && request.headers.has('next-action');
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const withCsp = (response: NextResponse) => {
    response.headers.set('Content-Security-Policy', csp);
    return response;
  };

  // A server action posted from another site (CSRF): refused before any action code runs.
  if (isAction && !sameOrigin(request)) {
    return withCsp(
      NextResponse.json(
        { error: 'forbidden-origin', message: 'Requests from another site are refused.' },
        { status: 403 },
      ),
    );
  }

  if (!isPublic && !hasSession) {
    if (pathname.startsWith('/api/') || isAction) {
      return withCsp(NextResponse.json({ error: 'unauthenticated', message: 'Sign in first.' }, { status: 401 }));
    }
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return withCsp(NextResponse.redirect(url));
  }

  // Next reads the nonce from the request's CSP and puts it on the scripts it renders.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-path', pathname + search);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', csp);
  return withCsp(NextResponse.next({ request: { headers: forwarded } }));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
