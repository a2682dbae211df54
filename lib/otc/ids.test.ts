import { describe, expect, it } from 'vitest';
import { isNotFound } from './errors';
import { idSegment, isCloudId } from './ids';

describe('cloud ids from URLs', () => {
  it('accepts the shapes the API uses', () => {
    expect(isCloudId('6ee2c3a4-1c1f-4c0a-9ea1-4ab7d2a1e0a9')).toBe(true);
    expect(isCloudId('00000000632302f501632305f63c000e')).toBe(true);
  });

  it('refuses anything that could move the request elsewhere, as not found', () => {
    for (const bad of ['..', '../x', '%2E%2E', 'abc', '', '6ee2c3a4-1c1f-4c0a-9ea1-4ab7d2a1e0a9/..', 'a?b', 'a#b']) {
      expect(isCloudId(bad), bad).toBe(false);
      let thrown: unknown;
      try {
        idSegment(bad);
      } catch (e) {
        thrown = e;
      }
      expect(isNotFound(thrown), bad).toBe(true);
    }
  });
});
