// Talks to the console the way a browser does: server actions by id (from the build's manifest), cookies by hand.
import fs from 'node:fs';

const manifest = () => JSON.parse(fs.readFileSync('.next/server/server-reference-manifest.json', 'utf8')).node;

export function actionId(file, name) {
  const entry = Object.entries(manifest()).find(([, a]) => a.filename === file && a.exportedName === name);
  if (!entry) throw new Error(`no server action ${file}#${name} in the build`);
  return entry[0];
}

/** Calls a server action; returns the response (a redirect shows in `x-action-redirect`). */
export async function callAction(baseUrl, page, id, input, cookie = '') {
  return fetch(`${baseUrl}${page}`, {
    method: 'POST',
    // Browsers send their Origin with every POST; the console refuses actions from other sites.
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: new URL(baseUrl).origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([input]),
    redirect: 'manual',
  });
}

/** Signs in as a demo account and returns the session cookie. */
export async function signIn(baseUrl, user = 'demo-operator') {
  const res = await callAction(baseUrl, '/sign-in', actionId('app/sign-in/actions.ts', 'signInAsDemoUser'), {
    user,
    next: '/',
  });
  const cookie = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('sdrs_session='));
  if (!cookie) throw new Error(`sign-in as ${user} failed (HTTP ${res.status})`);
  return cookie;
}
