import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box';

describe('sealed credentials', () => {
  it('opens what it sealed, never shows the plain text, and refuses another key or tampering', () => {
    const box = new SecretBox('a-session-secret-of-at-least-32-chars!!');
    const sealed = box.seal('demoOperatorSecretKeyForTheSimulator0001');
    expect(sealed).not.toContain('demoOperator');
    expect(box.seal('same')).not.toBe(box.seal('same'));
    expect(box.open(sealed)).toBe('demoOperatorSecretKeyForTheSimulator0001');
    expect(() => new SecretBox('another-secret-of-at-least-32-characters').open(sealed)).toThrow();
    const [iv, tag, data] = sealed.split('.');
    expect(() => box.open([iv, tag, `${data?.slice(0, -2)}AA`].join('.'))).toThrow();
  });
});
