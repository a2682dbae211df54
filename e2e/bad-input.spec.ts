import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { ACTION_ACCESS } from './access-matrix';
import { serverActions } from './inventory';
import { postAction, simControl, simRequestCounts, stateFile } from './support';

test.use({ storageState: stateFile('operator') });

const hostileString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '\u0000\u001b[2J',
    '😀'.repeat(40),
    'x'.repeat(20_000),
    '../../etc/passwd',
  ),
);
const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(
        hostileString,
        fc.constantFrom('__proto__', 'constructor', 'name', 'tags', 'serverGroupId', 'idempotencyKey'),
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** Every request that could change the cloud: anything but a read or a sign-in to IAM. */
const writesIn = (requests: Record<string, number>) =>
  Object.keys(requests).filter((route) => !route.startsWith('GET ') && route !== 'POST /v3/auth/tokens');

test('hostile payloads to every server action: never a 5xx, never a job, never a write to the cloud', async ({
  request,
}) => {
  test.setTimeout(120_000);
  await simControl('/stats', undefined, 'DELETE');
  const payloads = [
    ...fc.sample(hostile, { numRuns: 25, seed: 42 }),
    { tags: Array.from({ length: 10_000 }, (_, i) => ({ key: `k${i}`, value: 'v' })) },
    { name: 'a'.repeat(65), description: '<b>', serverGroupId: '', serverId: '', idempotencyKey: 'not-a-uuid' },
  ];
  const actions = serverActions().filter((a) => !a.key.endsWith('#signOut'));
  expect(actions.length).toBeGreaterThanOrEqual(5);
  for (const action of actions) {
    for (const payload of payloads) {
      const res = await postAction(request, action.id, payload, {
        page: ACTION_ACCESS[action.key] === 'public' ? '/sign-in' : '/',
      });
      const where = `${action.key} ${JSON.stringify(payload)?.slice(0, 120)}`;
      expect(res.status(), where).toBeLessThan(500);
      expect(res.headers()['x-action-redirect'] ?? '', where).not.toContain('/jobs/');
      if (res.status() === 200)
        expect(await res.text(), where).toMatch(/validationErrors|serverError|fieldErrors|"ok":false/);
    }
  }
  expect(writesIn(await simRequestCounts())).toEqual([]);
});

test('hostile ids and queries to the route handlers: never a 5xx', async ({ request }) => {
  const ids = fc.sample(
    fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..%2F..%2Fetc', '%00', "' OR 1=1 --", '<script>')),
    { numRuns: 40, seed: 7 },
  );
  for (const id of ids) {
    for (const route of ['/api/jobs', '/api/protection-groups']) {
      const res = await request.get(`${route}/${encodeURIComponent(id)}?x=${encodeURIComponent(id)}`);
      expect(res.status(), `${route} ${id}`).toBeLessThan(500);
    }
  }
  for (const path of [
    '/protection-groups?page=-1&size=9999&sort=__proto__&dir=sideways&status=<x>',
    '/replication-pairs?sort=constructor',
    '/protected-instances?sort=toString&name=%00',
    '/protected-instances/..%2F..',
    '/jobs?status=%00&type=<script>&user=a',
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBeLessThan(500);
    // A render failure still answers 200 with the error boundary: look for it too.
    expect(await res.text(), path).not.toContain('could not be shown');
  }
});
