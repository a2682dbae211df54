import { describe, expect, it } from 'vitest';
import { ABSOLUTE_LIFETIME_MS, sessionEnded } from './session-rules';

describe('session lifetime', () => {
  const idle = 30 * 60_000;
  const start = 1_000_000;

  it('ends after the idle time without activity', () => {
    expect(sessionEnded({ createdAt: start, lastSeenAt: start }, start + idle, idle)).toBe(false);
    expect(sessionEnded({ createdAt: start, lastSeenAt: start }, start + idle + 1, idle)).toBe(true);
  });

  it('ends after the absolute lifetime however active', () => {
    const now = start + ABSOLUTE_LIFETIME_MS + 1;
    expect(sessionEnded({ createdAt: start, lastSeenAt: now - 1000 }, now, idle)).toBe(true);
  });
});
