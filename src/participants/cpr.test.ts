import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCprCipher, maskCpr, normaliseCpr } from './cpr.ts';

describe('CPR numbers', () => {
  it('are stored encrypted, differently each time, and read back exactly', () => {
    const cipher = createCprCipher(randomBytes(32));
    const a = cipher.encrypt('100401-1234');
    const b = cipher.encrypt('100401-1234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1234');
    expect(cipher.decrypt(a)).toBe('100401-1234');
  });

  it('cannot be read with another key', () => {
    const stored = createCprCipher(randomBytes(32)).encrypt('100401-1234');
    expect(() => createCprCipher(randomBytes(32)).decrypt(stored)).toThrow();
  });

  it('are shown masked, never the last four digits', () => {
    expect(maskCpr('100401-1234')).toBe('100401-xxxx');
  });

  it('are accepted with or without the dash and refused otherwise', () => {
    expect(normaliseCpr('1004011234')).toBe('100401-1234');
    expect(() => normaliseCpr('10040-11234')).toThrow(/10 digits/);
  });
});
