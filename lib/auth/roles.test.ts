import { describe, expect, it } from 'vitest';
import { can, roleFromCloudRoles } from './roles';

describe('role mapping', () => {
  it('maps the documented cloud roles', () => {
    expect(roleFromCloudRoles(['te_admin'])).toBe('operator');
    expect(roleFromCloudRoles(['sdrs_adm'])).toBe('operator');
    expect(roleFromCloudRoles(['sdrs_support'])).toBe('support');
    expect(roleFromCloudRoles(['readonly_admin'])).toBe('viewer');
  });

  it('gives unknown or missing roles the least privilege, and the strongest role wins', () => {
    expect(roleFromCloudRoles([])).toBe('viewer');
    expect(roleFromCloudRoles(['obs_adm', 'something'])).toBe('viewer');
    expect(roleFromCloudRoles(['readonly_admin', 'sdrs_support'])).toBe('support');
    expect(roleFromCloudRoles(['sdrs_support', 'te_admin', 'readonly_admin'])).toBe('operator');
  });

  it('grants by role', () => {
    expect(can('viewer', 'read')).toBe(true);
    expect(can('viewer', 'create-protected-instance')).toBe(false);
    expect(can('support', 'create-protected-instance')).toBe(true);
    expect(can('support', 'create-replication-pair')).toBe(true);
    expect(can('support', 'manage-tags')).toBe(true);
    expect(can('support', 'retry-job')).toBe(true);
    expect(can('support', 'run-group-action')).toBe(false);
    expect(can('support', 'delete-resource')).toBe(false);
    expect(can('operator', 'run-group-action')).toBe(true);
    expect(can('operator', 'delete-resource')).toBe(true);
  });
});
