import { describe, expect, it } from 'vitest';
import { errorFromBody, isNotFound, OtcError } from './errors';

describe('cloud error normalisation', () => {
  it.each([
    [
      'SDRS generic',
      400,
      { error: { code: 'SDRS.1013', message: 'Protection group not found' } },
      'SDRS.1013',
      'Protection group not found',
    ],
    [
      'SDRS badrequest',
      400,
      { badrequest: { code: 'SDRS.0202', message: 'Invalid name' } },
      'SDRS.0202',
      'Invalid name',
    ],
    [
      'SDRS itemNotFound',
      404,
      { itemNotFound: { code: 'SDRS.2206', message: 'Specified tag key is not found' } },
      'SDRS.2206',
      'Specified tag key is not found',
    ],
    [
      'flat SDRS / IAM / gateway',
      400,
      { error_code: 'SDRS.1608', error_msg: 'Replication pair not found' },
      'SDRS.1608',
      'Replication pair not found',
    ],
    ['VPC', 404, { code: 'VPC.0101', message: 'The VPC does not exist.' }, 'VPC.0101', 'The VPC does not exist.'],
    [
      'Cinder badRequest',
      400,
      { badRequest: { code: 400, message: 'Invalid input received' } },
      '400',
      'Invalid input received',
    ],
    [
      'Nova conflictingRequest',
      409,
      { conflictingRequest: { code: 409, message: "Cannot 'stop' instance" } },
      '409',
      "Cannot 'stop' instance",
    ],
    [
      'Keystone',
      401,
      { error: { code: 401, title: 'Unauthorized', message: 'The username or password is wrong.' } },
      '401',
      'The username or password is wrong.',
    ],
  ])('reads the %s shape', (_name, status, body, code, message) => {
    const e = errorFromBody(status, body);
    expect(e).toBeInstanceOf(OtcError);
    expect(e.kind).toBe('http');
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });

  it('falls back to the HTTP status for an empty or unknown body', () => {
    expect(errorFromBody(502, null)).toMatchObject({ code: 'HTTP.502', message: 'The cloud answered HTTP 502.' });
    expect(errorFromBody(500, { weird: true }).code).toBe('HTTP.500');
    expect(errorFromBody(503, 'Service Unavailable').code).toBe('HTTP.503');
  });

  it('treats HTTP 400 with the SDRS not-found codes, and 404, as not found', () => {
    for (const code of ['SDRS.1013', 'SDRS.1320', 'SDRS.1608', 'SDRS.1902']) {
      expect(isNotFound(errorFromBody(400, { error: { code, message: 'x' } }))).toBe(true);
    }
    expect(isNotFound(errorFromBody(404, { itemNotFound: { code: 404, message: 'x' } }))).toBe(true);
    expect(isNotFound(errorFromBody(400, { error: { code: 'SDRS.0202', message: 'x' } }))).toBe(false);
    expect(isNotFound(new OtcError('network', 0, 'NET.UNREACHABLE', 'x'))).toBe(false);
  });
});
