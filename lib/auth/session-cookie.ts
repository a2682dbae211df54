/** The cookie that carries the opaque session id (shared by the proxy and the session store). */
export const SESSION_COOKIE = 'sdrs_session';
