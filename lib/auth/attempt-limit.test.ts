import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './attempt-limit';

describe('sign-in attempt limit', () => {
  const now = 1_000_000;

  it('allows four failures a minute and refuses the sixth attempt', () => {
    expect(retryAfterSeconds([now - 50_000, now - 40_000, now - 30_000, now - 20_000], now)).toBe(0);
    expect(retryAfterSeconds([now - 50_000, now - 40_000, now - 30_000, now - 20_000, now - 10_000], now)).toBe(10);
  });

  it('forgets failures older than a minute', () => {
    expect(retryAfterSeconds([now - 70_000, now - 65_000, now - 40_000, now - 30_000, now - 20_000], now)).toBe(0);
  });

  it('waits at least a second', () => {
    const t = now - 59_999;
    expect(retryAfterSeconds([t, t, t, t, t], now)).toBe(1);
  });
});
