import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIE = 'sdrs_session';
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

  if (!isPublic && !hasSession) {
    if (pathname.startsWith('/api/') || isAction) {
      return NextResponse.json({ error: 'unauthenticated', message: 'Sign in first.' }, { status: 401 });
    }
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set('x-request-path', pathname + search);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
