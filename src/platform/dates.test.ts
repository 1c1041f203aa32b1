import fc from 'fast-check';
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

  // The arithmetic works on the digits; Date's own calendar is the reference it must agree with.
  const day = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const viaDate = {
    addDays: (date: string, n: number) => {
      const t = new Date(`${date}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + n);
      return t.toISOString().slice(0, 10);
    },
    addMonths: (date: string, n: number) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const target = new Date(Date.UTC(y, m - 1 + n, 1));
      const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, last));
      return target.toISOString().slice(0, 10);
    },
  };

  it("agrees with Date's calendar on days, months and the days between", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: -40, max: 40 }),
        (d, n, m) => {
          expect(addDays(d, n)).toBe(viaDate.addDays(d, n));
          expect(addMonths(d, m)).toBe(viaDate.addMonths(d, m));
          expect(daysBetween(d, viaDate.addDays(d, n))).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
