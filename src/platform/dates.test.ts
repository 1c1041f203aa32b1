import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isValidIsoDate, monthRange, today } from './dates.ts';

describe('calendar dates', () => {
  it('knows real dates from impossible ones', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2019-13-01')).toBe(false);
    expect(isValidIsoDate('2019-1-01')).toBe(false);
  });

  it('adds months without running past the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
  });

  it('counts days across a leap year', () => {
    expect(daysBetween('2019-06-30', '2020-06-30')).toBe(366);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('ages someone born on 29 February on 1 March in ordinary years', () => {
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
    expect(ageOn('2000-02-29', '2018-03-01')).toBe(18);
    expect(ageOn('1995-04-10', '2017-09-01')).toBe(22);
  });

  it('takes today in Copenhagen, not UTC', () => {
    expect(today(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('spans a month', () => {
    expect(monthRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});
