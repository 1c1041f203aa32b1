import { describe, expect, it } from 'vitest';
import { parseKroner } from './api.ts';

describe('kroner as typed', () => {
  it('reads Danish thousands separators and "kr."', () => {
    expect(parseKroner('250.000')).toBe(250000);
    expect(parseKroner('1 200 000 kr.')).toBe(1200000);
    expect(parseKroner('0')).toBe(0);
  });
  it('is null when empty and NaN for anything else', () => {
    expect(parseKroner('  ')).toBeNull();
    expect(parseKroner('12,5')).toBeNaN();
    expect(parseKroner('-3')).toBeNaN();
  });
});
