import { describe, expect, it } from 'vitest';
import { OtcError, errorFromBody } from '../otc/errors';
import { describeSignInFailure } from './sign-in-errors';

describe('sign-in failures in plain words', () => {
  it('names an unreachable or silent identity service', () => {
    expect(
      describeSignInFailure(
        new OtcError('network', 0, 'NET.UNREACHABLE', 'IAM could not be reached (iam.example).'),
        'password',
      ).message,
    ).toContain('could not be reached');
    expect(
      describeSignInFailure(new OtcError('timeout', 0, 'NET.TIMEOUT', 'IAM did not answer within 10 s.'), 'aksk').field,
    ).toBeUndefined();
  });

  it('points at the password or the project', () => {
    const wrong = errorFromBody(401, {
      error: { code: 401, title: 'Unauthorized', message: 'The username or password is wrong.' },
    });
    expect(describeSignInFailure(wrong, 'password')).toEqual({
      field: 'password',
      message: 'The account name, user name or password is wrong.',
    });
    const project = errorFromBody(401, {
      error: { code: 401, message: 'The project does not exist or the user has no access to it.' },
    });
    expect(describeSignInFailure(project, 'password').field).toBe('project');
  });

  it('points at the key fields', () => {
    expect(describeSignInFailure(errorFromBody(401, { error_code: 'APIGW.0301', error_msg: 'x' }), 'aksk').field).toBe(
      'secretKey',
    );
    expect(describeSignInFailure(errorFromBody(404, { error_code: 'IAM.0004', error_msg: 'x' }), 'aksk').field).toBe(
      'projectId',
    );
  });

  it('never echoes an unexpected error', () => {
    expect(describeSignInFailure(new Error('secret stack'), 'password').message).not.toContain('secret');
  });
});
