import { describe, expect, it } from 'vitest';
import { redact } from './audit-log';

describe('audit parameters', () => {
  it('replaces secrets at any depth and cuts long values', () => {
    const out = redact({
      name: 'pi-1',
      password: 'p',
      nested: { secretKey: 'sk', token: 't', keep: 1 },
      list: [{ sk: 'x' }],
      long: 'y'.repeat(500),
    }) as Record<string, unknown>;
    expect(out).toMatchObject({
      name: 'pi-1',
      password: '[redacted]',
      nested: { secretKey: '[redacted]', token: '[redacted]', keep: 1 },
      list: [{ sk: '[redacted]' }],
    });
    expect(String(out.long)).toHaveLength(201);
  });
});
