import { describe, expect, it } from 'vitest';
import { openTestStore } from './testing/test-store';

await openTestStore('sqlite', 'lifecycle');
const { checkReadiness } = await import('./health');
const { endAtShutdown, isDraining, shutDown } = await import('./lifecycle');

describe('shutting an instance down', () => {
  it('stops taking users, ends the streams it still holds, and says so to the load balancer', async () => {
    expect(await checkReadiness()).toEqual({ status: 'ready', store: 'ok' });
    const ended: string[] = [];
    endAtShutdown(() => ended.push('tab 1'));
    const forget = endAtShutdown(() => ended.push('tab 2'));
    forget(); // that tab closed by itself before

    await shutDown();
    expect(isDraining()).toBe(true);
    expect(ended).toEqual(['tab 1']);
    expect(await checkReadiness()).toEqual({ status: 'draining', store: 'ok' });
  });
});
