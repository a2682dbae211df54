import { describe, expect, it, vi } from 'vitest';
import { dropProjectReads, sharedRead } from './shared-reads';

/** A read that counts its upstream requests and answers when told. */
function upstream() {
  const pending: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  let calls = 0;
  return {
    calls: () => calls,
    read: () =>
      new Promise<string>((resolve, reject) => {
        calls += 1;
        pending.push({ resolve, reject });
      }),
    answer: (v: string) => pending.shift()?.resolve(v),
    fail: () => pending.shift()?.reject(new Error('upstream failed')),
  };
}

describe('shared cloud reads', () => {
  it('ten identical reads in flight make one upstream request', async () => {
    const up = upstream();
    const reads = Array.from({ length: 10 }, () => sharedRead('p1', 'GET /a', 2000, up.read));
    up.answer('list');
    expect(await Promise.all(reads)).toEqual(Array(10).fill('list'));
    expect(up.calls()).toBe(1);
  });

  it('keeps an answer fresh for the window, then asks again', async () => {
    let t = 1000;
    const up = upstream();
    const first = sharedRead('p2', 'GET /a', 2000, up.read, () => t);
    up.answer('v1');
    await first;
    t += 1999;
    expect(await sharedRead('p2', 'GET /a', 2000, up.read, () => t)).toBe('v1');
    t += 1;
    const later = sharedRead('p2', 'GET /a', 2000, up.read, () => t);
    up.answer('v2');
    expect(await later).toBe('v2');
    expect(up.calls()).toBe(2);
  });

  it('with a zero window shares only what is in flight', async () => {
    const up = upstream();
    const first = sharedRead('p3', 'GET /a', 0, up.read);
    up.answer('v1');
    await first;
    const second = sharedRead('p3', 'GET /a', 0, up.read);
    up.answer('v2');
    expect(await second).toBe('v2');
  });

  it('never shares an error: each waiter asks again itself', async () => {
    const up = upstream();
    const leader = sharedRead('p4', 'GET /a', 2000, up.read);
    const waiter = sharedRead('p4', 'GET /a', 2000, up.read);
    up.fail();
    await expect(leader).rejects.toThrow('upstream failed');
    await vi.waitFor(() => expect(up.calls()).toBe(2));
    up.answer('own');
    expect(await waiter).toBe('own');
    expect(up.calls()).toBe(2);
  });

  it('keeps projects apart, and a change in one project drops only its answers', async () => {
    const up = upstream();
    const a = sharedRead('pa', 'GET /a', 2000, up.read);
    up.answer('a1');
    const b = sharedRead('pb', 'GET /a', 2000, up.read);
    up.answer('b1');
    expect([await a, await b]).toEqual(['a1', 'b1']);
    dropProjectReads('pa');
    const again = sharedRead('pa', 'GET /a', 2000, up.read);
    up.answer('a2');
    expect(await again).toBe('a2');
    expect(await sharedRead('pb', 'GET /a', 2000, up.read)).toBe('b1');
  });
});
