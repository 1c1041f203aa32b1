import { describe, expect, it } from 'vitest';
import { danishDate, danishPeriod } from './danish-date.ts';

describe('Danish dates in a letter', () => {
  it('writes the day with a full stop and the month in lower case', () => {
    expect(danishDate('2026-03-01')).toBe('1. marts 2026');
    expect(danishDate('2024-02-29')).toBe('29. februar 2024');
    expect(danishDate('2026-12-31')).toBe('31. december 2026');
  });

  it('joins a period with an en dash', () => {
    expect(danishPeriod('2026-03-01', '2026-05-31')).toBe('1. marts 2026 – 31. maj 2026');
  });
});
