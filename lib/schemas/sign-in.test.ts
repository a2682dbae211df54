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

  it('never leaves the site by way of tabs, dot segments or control characters', () => {
    for (const bad of [
      '/\t/evil.example/x',
      '/.//evil.example',
      '/..//evil.example',
      '/./..//evil.example/x?y=1',
      '/%2e%2e//evil.example',
      '/jobs\n',
      '/jobs\u0000',
      '/x\\y',
    ]) {
      expect(safeNextPath(bad), JSON.stringify(bad)).toBe('/');
    }
  });

  it('encodes what a Location header cannot carry as it is', () => {
    expect(safeNextPath('/jobs?user=€')).toBe('/jobs?user=%E2%82%AC');
    expect(safeNextPath('/jobs/a b')).toBe('/jobs/a%20b');
    expect(safeNextPath('/jobs?user=%0A')).toBe('/jobs?user=%0A');
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
