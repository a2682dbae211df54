import { describe, expect, it } from 'vitest';
import { taskResolution } from './task-resolution';

describe('a failed task', () => {
  const current = new Map([
    ['pi-failed', 'error'],
    ['pi-fixed', 'available'],
  ]);
  it('is resolved once its resource is gone or out of the error', () => {
    expect(taskResolution('pi-gone', current)).toMatch(/no longer exists/);
    expect(taskResolution('pi-fixed', current)).toMatch(/it is Available now/);
  });
  it('still matters while its resource is in an error status', () => {
    expect(taskResolution('pi-failed', current)).toBeNull();
  });
});
