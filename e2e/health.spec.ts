import { expect, test } from '@playwright/test';

test('the health check answers a load balancer without a session, and says nothing more', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store, no-transform');
  expect(res.headers()['set-cookie']).toBeUndefined();
  expect(await res.json()).toEqual({ status: 'ok', store: 'ok', storeKind: 'sqlite', cloud: 'reachable' });
});

test('the readiness check says the instance takes users, without a session', async ({ request }) => {
  const res = await request.get('/api/ready');
  expect(res.status()).toBe(200);
  expect(res.headers()['set-cookie']).toBeUndefined();
  expect(await res.json()).toEqual({ status: 'ready', store: 'ok' });
});
