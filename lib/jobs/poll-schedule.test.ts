import { describe, expect, it } from 'vitest';
import { isPaused, PAUSE_AFTER_UNVIEWED_MS, pollIntervalMs, retryDelayMs } from './poll-schedule';

describe('job poll schedule', () => {
  it('asks every second at first and less often for long jobs', () => {
    expect(pollIntervalMs(0)).toBe(1000);
    expect(pollIntervalMs(59_999)).toBe(1000);
    expect(pollIntervalMs(60_000)).toBe(2000);
    expect(pollIntervalMs(5 * 60_000)).toBe(5000);
  });

  it('backs off after failed polls, capped at 30 s', () => {
    expect(retryDelayMs(0, 1)).toBe(2000);
    expect(retryDelayMs(0, 3)).toBe(8000);
    expect(retryDelayMs(10 * 60_000, 9)).toBe(30_000);
  });

  it('pauses a job nobody has looked at for two minutes', () => {
    expect(isPaused(0, PAUSE_AFTER_UNVIEWED_MS)).toBe(false);
    expect(isPaused(0, PAUSE_AFTER_UNVIEWED_MS + 1)).toBe(true);
  });
});
