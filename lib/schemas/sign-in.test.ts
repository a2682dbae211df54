import { describe, expect, it } from 'vitest';
import { accessKeySignInSchema, passwordSignInSchema, safeNextPath } from './sign-in';

describe('sign-in input', () => {
  it('only follows a next path on this site', () => {
    expect(safeNextPath('/protection-groups?status=protected')).toBe('/protection-groups?status=protected');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in?next=/',
      '',
      undefined,
    ]) {
      expect(safeNextPath(bad)).toBe('/');
    }
  });

  it('requires every password field and a well-formed project', () => {
    expect(passwordSignInSchema.safeParse({ domain: 'demo', user: 'u', password: 'p', project: 'eu-de' }).success).toBe(
      true,
    );
    const r = passwordSignInSchema.safeParse({ domain: ' ', user: '', password: '', project: 'eu de' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(['domain', 'password', 'project', 'user']);
  });

  it('checks the access key, secret and project id formats', () => {
    const ok = { accessKey: 'DEMOOPERATORAKSIM001', secretKey: 's', projectId: 'cf122c6f0cde5f56f9c616c94f2a7d6e' };
    expect(accessKeySignInSchema.safeParse(ok).success).toBe(true);
    expect(accessKeySignInSchema.safeParse({ ...ok, accessKey: 'short' }).success).toBe(false);
    expect(accessKeySignInSchema.safeParse({ ...ok, projectId: 'eu-de' }).success).toBe(false);
    expect(accessKeySignInSchema.safeParse({ ...ok, secretKey: '' }).success).toBe(false);
  });
});
