import { describe, expect, it } from 'vitest';
import { retryStoreWrite } from './retry';

describe('a store write that must not be lost', () => {
  it('is tried again while the store does not answer, and done once it does', async () => {
    let calls = 0;
    const write = async () => {
      calls += 1;
      if (calls < 3) throw new Error('connect ECONNREFUSED');
      return 'stored';
    };
    await expect(retryStoreWrite(write, 5000)).resolves.toBe('stored');
    expect(calls).toBe(3);
  });

  it('gives up with the last error once the window has passed', async () => {
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw new Error(`down ${calls}`);
    };
    await expect(retryStoreWrite(write, 500)).rejects.toThrow(/down [2-9]/);
  });
});
