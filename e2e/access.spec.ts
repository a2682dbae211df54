import { expect, test, type APIRequestContext } from '@playwright/test';
import { can, type Role } from '../lib/auth/roles';
import { ACTION_ACCESS, ROUTE_ACCESS } from './access-matrix';
import { consolePages, routeHandlers, seedIds, serverActions } from './inventory';
import { postAction, stateFile } from './support';

const ROLES: Role[] = ['viewer', 'support', 'operator'];

async function callAction(request: APIRequestContext, id: string) {
  const res = await postAction(request, id);
  return { status: res.status(), body: await res.text() };
}

test.describe('without a session', () => {
  test('every page redirects to sign-in, remembering the page', async ({ request }) => {
    const pages = consolePages(await seedIds());
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) {
      const res = await request.get(page, { maxRedirects: 0 });
      expect(res.status(), page).toBe(307);
      expect(res.headers().location, page).toContain(`/sign-in?next=${encodeURIComponent(page)}`);
    }
  });

  test('every route handler answers 401, but the public health check', async ({ request }) => {
    for (const route of routeHandlers()) {
      for (const method of route.methods) {
        if (ROUTE_ACCESS[route.file]?.[method as 'GET'] === 'public') continue;
        const res = await request.fetch(route.url, { method, maxRedirects: 0 });
        expect(res.status(), `${method} ${route.url}`).toBe(401);
        expect(res.headers()['cache-control'], `${method} ${route.url}`).toBe('no-store, no-transform');
      }
    }
  });

  test('every server action that needs a session answers 401', async ({ request }) => {
    for (const action of serverActions()) {
      if (ACTION_ACCESS[action.key] === 'public') continue;
      const res = await callAction(request, action.id);
      expect(res.status, action.key).toBe(401);
    }
  });
});

test('every server action and route handler is in the access matrix', () => {
  const actions = serverActions().map((a) => a.key);
  expect(actions.length).toBeGreaterThan(0);
  for (const key of actions) expect(ACTION_ACCESS[key], `server action ${key} has no entry`).toBeDefined();
  for (const route of routeHandlers()) {
    for (const method of route.methods) {
      expect(ROUTE_ACCESS[route.file]?.[method as 'GET'], `route ${method} ${route.file} has no entry`).toBeDefined();
    }
  }
});

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: stateFile(role) });

    test('route handlers answer by the role table', async ({ request }) => {
      for (const route of routeHandlers()) {
        for (const method of route.methods) {
          const permission = ROUTE_ACCESS[route.file]?.[method as 'GET'];
          if (!permission) throw new Error(`no access entry for ${method} ${route.file}`);
          const res = await request.fetch(route.url, { method, maxRedirects: 0 });
          // Live data: no cache may keep any answer, whatever it is.
          expect(res.headers()['cache-control'], `${method} ${route.url}`).toBe('no-store, no-transform');
          // Allowed: anything but a refusal (a made-up id may well be 404).
          if (permission === 'public' || can(role, permission))
            expect([401, 403], `${method} ${route.url}`).not.toContain(res.status());
          else expect(res.status(), `${method} ${route.url}`).toBe(403);
        }
      }
    });

    test('server actions refuse what the role may not do', async ({ request }) => {
      for (const action of serverActions()) {
        const access = ACTION_ACCESS[action.key];
        // signOut would end the stored session for the next tests.
        if (access === 'public' || access === undefined || action.key.endsWith('#signOut')) continue;
        const res = await callAction(request, action.id);
        expect(res.body.includes('"forbidden"'), action.key).toBe(!can(role, access));
      }
    });
  });
}
