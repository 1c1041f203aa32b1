import { describe, expect, it } from 'vitest';
import { type CourseClock, nextOwed, owedBy } from './rules.ts';

const course = (over: Partial<CourseClock> = {}): CourseClock => ({
  startDate: '2021-01-04',
  endedOn: null,
  statusChanges: [],
  measuredOn: [],
  lettersApprovedOn: [],
  ...over,
});
const dueOf = (c: CourseClock, asOf: string) =>
  Object.fromEntries(owedBy(c, asOf).map((o) => [o.kind, `${o.due}${o.overdue ? ' overdue' : ''}`]));

describe('due dates (DOMAIN.md "Due dates")', () => {
  it('a new course owes its baseline 1 month after the start and a letter 3 months after it', () => {
    expect(dueOf(course(), '2021-01-20')).toEqual({ measurement: '2021-02-04', statusLetter: '2021-04-04' });
  });

  it('clamps a day that does not exist to the end of the month, leap years included', () => {
    expect(dueOf(course({ startDate: '2021-01-31' }), '2021-02-01').measurement).toBe('2021-02-28');
    expect(dueOf(course({ startDate: '2020-01-30' }), '2020-02-01').measurement).toBe('2020-02-29');
    expect(dueOf(course({ startDate: '2020-11-30' }), '2020-12-01').statusLetter).toBe('2021-02-28');
    expect(dueOf(course({ startDate: '2023-11-30' }), '2023-12-01').statusLetter).toBe('2024-02-29');
    expect(
      dueOf(course({ startDate: '2020-02-29', measuredOn: ['2020-02-29'] }), '2020-03-01').measurement,
    ).toBe('2020-08-29');
  });

  it('is overdue only after the due date, not on it', () => {
    expect(dueOf(course(), '2021-02-04').measurement).toBe('2021-02-04');
    expect(dueOf(course(), '2021-02-05').measurement).toBe('2021-02-04 overdue');
  });

  it('counts from the latest professional measurement and letter on or before the date, in any order', () => {
    const c = course({
      measuredOn: ['2021-07-01', '2021-02-01', '2021-12-01'],
      lettersApprovedOn: ['2021-10-01', '2021-04-01', '2022-01-01'],
    });
    // The December measurement and the January letter lie after the date: not yet there.
    expect(dueOf(c, '2021-11-15')).toEqual({ measurement: '2022-01-01', statusLetter: '2022-01-01' });
  });

  it('owes nothing before the start, without a start, when ended on or before the date, or while paused', () => {
    expect(owedBy(course({ startDate: '2021-02-01' }), '2021-01-31')).toEqual([]);
    expect(owedBy(course({ startDate: null }), '2021-01-31')).toEqual([]);
    expect(owedBy(course({ endedOn: '2021-03-01' }), '2021-03-01')).toEqual([]);
    expect(owedBy(course({ endedOn: '2021-03-02' }), '2021-03-01')).toHaveLength(2);
    const paused = course({ statusChanges: [{ date: '2021-02-01', status: 'paused' }] });
    expect(owedBy(paused, '2021-03-01')).toEqual([]);
    expect(
      owedBy(course({ statusChanges: [{ date: '2021-02-01', status: 'ended' }] }), '2021-03-01'),
    ).toEqual([]);
  });

  it('moves the dates one day for every paused day from the anchor up to, not including, the date', () => {
    // Paused 1 October, resumed 10 November: 40 paused days.
    const c = course({
      startDate: '2021-08-02',
      measuredOn: ['2021-09-01'],
      lettersApprovedOn: ['2021-09-15'],
      statusChanges: [
        { date: '2021-11-10', status: 'active' },
        { date: '2021-10-01', status: 'paused' },
      ],
    });
    expect(dueOf(c, '2021-11-20')).toEqual({ measurement: '2022-04-10', statusLetter: '2022-01-24' });
  });

  it('counts a pause that began before the anchor only from the anchor', () => {
    const c = course({
      startDate: '2021-01-04',
      statusChanges: [
        { date: '2021-03-01', status: 'paused' },
        { date: '2021-04-01', status: 'active' },
      ],
      lettersApprovedOn: ['2021-03-21'],
    });
    // Letter approved during the pause (21 March): 11 paused days after it, to 1 April.
    expect(dueOf(c, '2021-05-01').statusLetter).toBe('2021-07-02');
  });

  it('counts a resumption on the date itself, and two pauses', () => {
    const resumedToday = course({
      statusChanges: [
        { date: '2021-02-01', status: 'paused' },
        { date: '2021-02-11', status: 'active' },
      ],
    });
    expect(dueOf(resumedToday, '2021-02-11')).toEqual({
      measurement: '2021-02-14',
      statusLetter: '2021-04-14',
    });
    const twoPauses = course({
      statusChanges: [
        { date: '2021-01-10', status: 'paused' },
        { date: '2021-01-15', status: 'active' },
        { date: '2021-02-01', status: 'paused' },
        { date: '2021-02-03', status: 'active' },
      ],
    });
    expect(dueOf(twoPauses, '2021-03-01').statusLetter).toBe('2021-04-11');
  });

  it('gives the earliest owed thing as "next"', () => {
    expect(nextOwed(course(), '2021-03-01')).toEqual({
      kind: 'measurement',
      due: '2021-02-04',
      overdue: true,
    });
    expect(nextOwed(course({ endedOn: '2021-02-01' }), '2021-03-01')).toBeNull();
  });
});
