import { describe, expect, it } from 'vitest';
import { byDay, dayOf, isoWeek, mondayOf, monthGrid, periodOf, step, weekOf } from './grid.ts';

describe('calendar weeks', () => {
  it('start on Monday', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday belongs to the week before
    expect(weekOf('2026-12-31')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('are numbered by ISO 8601', () => {
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2026-11-25')).toBe(48);
    expect(isoWeek('2027-01-03')).toBe(53); // 2026 has 53 weeks
    expect(isoWeek('2021-01-03')).toBe(53); // belongs to 2020's last week
  });
});

describe('the month grid', () => {
  it('covers whole weeks from the Monday before the 1st to the Sunday after the last day', () => {
    const weeks = monthGrid('2026-02-14');
    // February 2026: Sunday 1st to Saturday 28th.
    expect(weeks.length).toBe(5);
    expect(weeks[0]?.[0]).toEqual({ day: '2026-01-26', inMonth: false });
    expect(weeks[0]?.[6]).toEqual({ day: '2026-02-01', inMonth: true });
    expect(weeks.at(-1)?.[6]).toEqual({ day: '2026-03-01', inMonth: false });
    expect(weeks.flat().filter((c) => c.inMonth).length).toBe(28);
  });

  it('is four weeks when February starts on a Monday, six when a long month starts on Sunday', () => {
    expect(monthGrid('2027-02-10').length).toBe(4);
    expect(monthGrid('2026-03-01').length).toBe(6);
    for (const week of monthGrid('2026-03-01')) expect(week.length).toBe(7);
  });
});

describe('periods and steps', () => {
  it('asks for exactly the days each view shows', () => {
    expect(periodOf('week', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('month', '2026-11-25')).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(periodOf('list', '2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-12-20' });
  });

  it('moves a week, a month (from any day, even the 31st) or four weeks', () => {
    expect(step('week', '2026-11-25', 1)).toBe('2026-12-02');
    expect(step('week', '2026-11-25', -1)).toBe('2026-11-18');
    expect(step('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(step('month', '2026-01-31', -1)).toBe('2025-12-01');
    expect(step('list', '2026-11-25', 1)).toBe('2026-12-23');
  });
});

describe('meetings by day', () => {
  it('puts a meeting on its Copenhagen day, in order of start', () => {
    // 23:30 UTC on 1 December is 00:30 on 2 December in Copenhagen.
    expect(dayOf('2026-12-01T23:30:00Z')).toBe('2026-12-02');
    const days = byDay([
      { id: 'b', startsAt: '2026-12-02T12:00:00Z' },
      { id: 'a', startsAt: '2026-12-01T23:30:00Z' },
      { id: 'c', startsAt: '2026-12-01T08:00:00Z' },
    ]);
    expect([...days.keys()]).toEqual(['2026-12-01', '2026-12-02']);
    expect(days.get('2026-12-02')?.map((m) => m.id)).toEqual(['a', 'b']);
  });
});
