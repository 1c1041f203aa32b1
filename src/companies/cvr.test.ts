import { describe, expect, it } from 'vitest';
import { isValidCvr } from './cvr.ts';

describe('isValidCvr', () => {
  it('accepts numbers whose weighted digit sum is divisible by 11', () => {
    expect(isValidCvr('10150817')).toBe(true);
    expect(isValidCvr('25313763')).toBe(true);
  });
  it('refuses a wrong check digit, wrong length, letters or a leading 0', () => {
    expect(isValidCvr('10150818')).toBe(false);
    expect(isValidCvr('1015081')).toBe(false);
    expect(isValidCvr('1015081a')).toBe(false);
    expect(isValidCvr('01015081')).toBe(false);
  });
});
