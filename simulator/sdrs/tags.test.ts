import { describe, expect, it } from 'vitest';
import { TestSim, sdrsCode } from '../test/harness';

const tags = (n: number, prefix = 'k') =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: `v${i}` }));

describe('instance tags (T1-T6)', () => {
  it('adds, overwrites, lists and deletes tags, up to 20 through the tag API', async () => {
    const t = new TestSim();
    const base = `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}`;
    const one = await t.call('POST', `${base}/tags`, { tag: { key: 'env', value: 'prod' } });
    expect([one.status, one.body]).toEqual([204, {}]);
    await t.call('POST', `${base}/tags`, { tag: { key: 'env', value: 'staging' } });
    expect((await t.call('GET', `${base}/tags`)).body).toEqual({ tags: [{ key: 'env', value: 'staging' }] });
    expect((await t.call('POST', `${base}/tags/action`, { action: 'create', tags: tags(19) })).status).toBe(204);
    expect(((await t.call('GET', `${base}/tags`)).body.tags as unknown[]).length).toBe(20);
    expect(sdrsCode(await t.call('POST', `${base}/tags`, { tag: { key: 'one-more', value: '' } }))).toBe('SDRS.2203');
    expect(sdrsCode(await t.call('POST', `${base}/tags/action`, { action: 'create', tags: tags(21, 'x') }))).toBe(
      'SDRS.2203',
    );
    // Deleting ignores missing keys; the value is optional.
    expect(
      (
        await t.call('POST', `${base}/tags/action`, {
          action: 'delete',
          tags: [{ key: 'k0' }, { key: 'missing' }, { key: 'k1', value: 'other' }],
        })
      ).status,
    ).toBe(204);
    const keys = ((await t.call('GET', `${base}/tags`)).body.tags as { key: string }[]).map((x) => x.key);
    expect(keys).not.toContain('k0');
    expect(keys).toContain('k1');
    const missing = await t.call('DELETE', `${base}/tags/nokey`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ itemNotFound: { code: 'SDRS.2206', message: 'Specified tag key is not found' } });
    expect((await t.call('DELETE', `${base}/tags/env`)).status).toBe(204);
  });

  it('validates batch bodies with the tag codes', async () => {
    const t = new TestSim();
    const base = `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}`;
    const code = async (body: unknown) => sdrsCode(await t.call('POST', `${base}/tags/action`, body));
    expect(await code({ action: 'update', tags: tags(1) })).toBe('SDRS.2201');
    expect(await code({ action: 'create', tags: [] })).toBe('SDRS.2202');
    expect(
      await code({
        action: 'create',
        tags: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      }),
    ).toBe('SDRS.2209');
    expect(await code({ action: 'create', tags: [{ key: 'a' }] })).toBe('SDRS.2208');
    expect(await code({ action: 'delete', tags: [{ key: ' ' }] })).toBe('SDRS.2205');
  });

  it('lists every key with its values across the project', async () => {
    const t = new TestSim();
    await t.call('POST', `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}/tags`, {
      tag: { key: 'tier', value: 'web' },
    });
    await t.call('POST', `/v1/{pid}/protected-instances/${t.id('instance', 'db-01')}/tags`, {
      tag: { key: 'tier', value: 'db' },
    });
    expect((await t.call('GET', '/v1/{pid}/protected-instances/tags')).body).toEqual({
      tags: [{ key: 'tier', values: ['web', 'db'] }],
    });
  });
});

describe('query instances by tag (T7)', () => {
  it('filters and counts with tags, tags_any, not_tags and name matches', async () => {
    const t = new TestSim();
    await t.call('POST', `/v1/{pid}/protected-instances/${t.id('instance', 'web-01')}/tags/action`, {
      action: 'create',
      tags: [
        { key: 'tier', value: 'web' },
        { key: 'env', value: 'prod' },
      ],
    });
    await t.call('POST', `/v1/{pid}/protected-instances/${t.id('instance', 'db-01')}/tags/action`, {
      action: 'create',
      tags: [
        { key: 'tier', value: 'db' },
        { key: 'env', value: 'prod' },
      ],
    });
    const query = (body: unknown) => t.call('POST', '/v1/{pid}/protected-instances/resource_instances/action', body);
    const names = async (body: Record<string, unknown>) =>
      ((await query({ action: 'filter', ...body })).body.resources as { resource_name: string }[])
        .map((r) => r.resource_name)
        .sort();
    expect(await names({ tags: [{ key: 'env', values: ['prod'] }] })).toEqual(['db-01', 'web-01']);
    expect(
      await names({
        tags: [
          { key: 'env', values: [] },
          { key: 'tier', values: ['web'] },
        ],
      }),
    ).toEqual(['web-01']);
    expect(await names({ tags_any: [{ key: 'tier', values: ['db', 'cache'] }] })).toEqual(['db-01']);
    expect(await names({ not_tags: [{ key: 'tier', values: ['web'] }] })).toEqual(['db-01']);
    expect(await names({ tags: [{ key: 'tier', values: ['*e'] }] })).toEqual(['web-01']);
    expect(await names({ matches: [{ key: 'resource_name', value: 'WEB' }] })).toEqual(['web-01']);
    const page = await query({ action: 'filter', limit: '1', offset: '1' });
    expect(page.body.total_count).toBe(2);
    expect((page.body.resources as { resource_detail: { status: string } }[])[0]?.resource_detail.status).toBe(
      'protected',
    );
    expect((await query({ action: 'count', tags: [{ key: 'env', values: ['prod'] }] })).body).toEqual({
      total_count: 2,
    });
    expect(sdrsCode(await query({ action: 'list' }))).toBe('SDRS.2210');
    expect(sdrsCode(await query({ action: 'count', limit: '1' }))).toBe('SDRS.2211');
    expect(sdrsCode(await query({ action: 'filter', limit: '0' }))).toBe('SDRS.2220');
    expect(sdrsCode(await query({ action: 'filter', matches: [] }))).toBe('SDRS.2212');
    expect(sdrsCode(await query({ action: 'filter', matches: [{ key: 'owner', value: 'x' }] }))).toBe('SDRS.2214');
    expect(sdrsCode(await query({ action: 'filter', tags: [{ key: 'a', values: ['1', '1'] }] }))).toBe('SDRS.2219');
  });
});
