import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestSim } from './harness';

/** Values an attacker or a broken client might send: wrong types, huge and odd strings, prototype keys. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '\u0000\u0007\u001b[31m',
    '𝓤𝓷𝓲𝓬𝓸𝓭𝓮',
    "'; DROP TABLE documents;--",
    'a'.repeat(70_000),
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** A body shaped like the real one, with hostile values where the fields go. */
const wrapped = (key: string) =>
  fc.oneof(
    hostileValue,
    fc.record({ [key]: hostileValue }),
    fc.record({ [key]: fc.dictionary(hostileString, hostileValue, { maxKeys: 6 }) }),
  );

const WRITES: [string, string, fc.Arbitrary<unknown>][] = [
  ['POST', '/v1/{pid}/server-groups', wrapped('server_group')],
  ['PUT', '/v1/{pid}/server-groups/{group}', wrapped('server_group')],
  ['POST', '/v1/{pid}/server-groups/{group}/action', hostileValue],
  ['POST', '/v1/{pid}/protected-instances', wrapped('protected_instance')],
  ['PUT', '/v1/{pid}/protected-instances/{instance}', wrapped('protected_instance')],
  ['DELETE', '/v1/{pid}/protected-instances/{instance}', hostileValue],
  ['POST', '/v1/{pid}/protected-instances/{instance}/tags', wrapped('tag')],
  ['POST', '/v1/{pid}/protected-instances/{instance}/tags/action', hostileValue],
  ['POST', '/v1/{pid}/protected-instances/resource_instances/action', hostileValue],
  ['POST', '/v1/{pid}/protected-instances/{instance}/attachreplication', wrapped('replicationAttachment')],
  ['POST', '/v1/{pid}/protected-instances/{instance}/nic', hostileValue],
  ['POST', '/v1/{pid}/protected-instances/{instance}/resize', wrapped('resize')],
  ['POST', '/v1/{pid}/replications', wrapped('replication')],
  ['DELETE', '/v1/{pid}/replications/{pair}', wrapped('replication')],
  ['POST', '/v1/{pid}/replications/{pair}/action', hostileValue],
  ['POST', '/v1/{pid}/disaster-recovery-drills', wrapped('disaster_recovery_drill')],
  ['POST', '/v2/{pid}/os-vendor-replications', wrapped('replication')],
  ['POST', '/v2/{pid}/volumes', wrapped('volume')],
  ['POST', '/v2.1/{pid}/servers/{server}/action', hostileValue],
  ['POST', '/v3/auth/tokens', wrapped('auth')],
];

describe('the simulator under hostile input', () => {
  it('answers every write with a clear 4xx error, never a 5xx, and changes nothing', async () => {
    const t = new TestSim();
    const ids: Record<string, string> = {
      group: t.id('group', 'erp-prod'),
      instance: t.id('instance', 'web-01'),
      pair: t.sim.state.all('pair')[0]?.id ?? '',
      server: t.id('server', 'app-01'),
    };
    const before = { groups: t.sim.state.count('group'), jobs: t.sim.state.count('job') };
    for (const [method, template, body] of WRITES) {
      const path = template.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'pid' ? '{pid}' : (ids[k] ?? k)));
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const r = await t.call(method, path, payload);
          // A random payload may by chance be a valid rename or tag; never a server error.
          expect(r.status, `${method} ${template} ${JSON.stringify(payload)?.slice(0, 200)}`).toBeLessThan(500);
          if (r.status >= 400) expect(JSON.stringify(r.body)).toMatch(/code/);
        }),
        { numRuns: 60 },
      );
    }
    expect(t.sim.state.count('group')).toBe(before.groups);
    expect(t.sim.state.count('job')).toBeLessThanOrEqual(before.jobs + 2);
  });

  it('answers hostile query strings on lists with 200 or 400, never a 5xx', async () => {
    const t = new TestSim();
    const lists = [
      '/v1/{pid}/server-groups',
      '/v1/{pid}/protected-instances',
      '/v1/{pid}/replications',
      '/v1/{pid}/cloudservers/detail',
      '/v2/{pid}/volumes/detail',
      '/v1/{pid}/vpcs',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        fc.dictionary(
          fc.constantFrom('limit', 'offset', 'status', 'name', 'server_group_ids', 'marker', 'query_type'),
          fc.string({ maxLength: 40 }),
          { maxKeys: 4 },
        ),
        async (list, query) => {
          const r = await t.call('GET', `${list}?${new URLSearchParams(query).toString()}`);
          expect([200, 400]).toContain(r.status);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes 10,000 tags as a count error, not a crash', async () => {
    const t = new TestSim();
    const tags = Array.from({ length: 10_000 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    const r = await t.call('POST', `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}/tags/action`, {
      action: 'create',
      tags,
    });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('SDRS.2203');
  });
});
