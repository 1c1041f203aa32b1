import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../platform/dates.ts';
import {
  type CourseEvents,
  nextWorkingDay,
  occurrences,
  shift,
  type TimedRule,
  type Timing,
} from './timing.ts';

const events = (over: Partial<CourseEvents> = {}): CourseEvents => ({
  referral: '2026-01-05',
  firstContact: '2026-01-08',
  courseStart: '2026-02-02',
  applied: '2026-01-07',
  statusLetters: [],
  named: {},
  ...over,
});
const rule = (id: string, timing: Partial<Timing>): TimedRule => ({
  id,
  timing: { anchor: 'courseStart', offset: { amount: 0, unit: 'days' }, ...timing },
});
const datesOf = (rules: TimedRule[], e: CourseEvents, asOf = '2026-01-07') =>
  occurrences(rules, e, asOf).map((o) => `${o.ruleId}#${o.occurrence} ${o.date}`);

describe('timing rules of coordination formats', () => {
  it('counts days, weeks and months from the course dates; an offset may be 0', () => {
    const rules = [
      rule('ref', { anchor: 'referral', offset: { amount: 7, unit: 'days' } }),
      rule('contact', { anchor: 'firstContact', offset: { amount: 0, unit: 'days' } }),
      rule('eval', { anchor: 'courseStart', offset: { amount: 6, unit: 'weeks' } }),
      rule('half', { anchor: 'courseStart', offset: { amount: 6, unit: 'months' } }),
    ];
    expect(datesOf(rules, events())).toEqual([
      'contact#1 2026-01-08',
      'ref#1 2026-01-12',
      'eval#1 2026-03-16',
      'half#1 2026-08-02',
    ]);
  });

  it('"as soon as possible" is the day the format is applied, or the next working day after a weekend', () => {
    const asap = [rule('visit', { anchor: 'asap' })];
    expect(datesOf(asap, events({ applied: '2026-01-07' }))).toEqual(['visit#1 2026-01-07']); // Wednesday
    expect(datesOf(asap, events({ applied: '2026-01-10' }))).toEqual(['visit#1 2026-01-12']); // Saturday
    expect(datesOf(asap, events({ applied: '2026-01-11' }))).toEqual(['visit#1 2026-01-12']); // Sunday
    expect(nextWorkingDay('2026-01-09')).toBe('2026-01-09'); // Friday
  });

  it('clamps month ends like the due dates, leap years included, and never drifts when repeating', () => {
    expect(shift('2026-01-31', 1, 'months')).toBe('2026-02-28');
    expect(shift('2028-01-31', 1, 'months')).toBe('2028-02-29');
    expect(shift('2025-11-30', 3, 'months')).toBe('2026-02-28');
    expect(shift('2028-02-29', 12, 'months')).toBe('2029-02-28');
    const network = [
      rule('net', { repeat: { every: 1, unit: 'months', count: 4 }, offset: { amount: 0, unit: 'days' } }),
    ];
    expect(datesOf(network, events({ courseStart: '2026-01-31' }))).toEqual([
      'net#1 2026-01-31',
      'net#2 2026-02-28',
      'net#3 2026-03-31',
      'net#4 2026-04-30',
    ]);
  });

  it('plans one status meeting 2 weeks after each approved letter, numbered in date order', () => {
    const status = [rule('status', { anchor: 'statusLetter', offset: { amount: 2, unit: 'weeks' } })];
    expect(datesOf(status, events())).toEqual([]);
    expect(datesOf(status, events({ statusLetters: ['2026-08-03', '2026-05-04', '2026-05-04'] }))).toEqual([
      'status#1 2026-05-18',
      'status#2 2026-08-17',
    ]);
  });

  it('"second 8 weeks after the first" and "8 weeks after the birth" (seed 004)', () => {
    const leave = [
      rule('first', { anchor: 'asap' }),
      rule('second', { anchor: 'previous', after: 'first', offset: { amount: 8, unit: 'weeks' } }),
      rule('afterBirth', { anchor: 'event', event: 'birth', offset: { amount: 8, unit: 'weeks' } }),
    ];
    expect(datesOf(leave, events())).toEqual(['first#1 2026-01-07', 'second#1 2026-03-04']);
    expect(datesOf(leave, events({ named: { birth: '2026-03-20' } }))).toEqual([
      'first#1 2026-01-07',
      'second#1 2026-03-04',
      'afterBirth#1 2026-05-15',
    ]);
  });

  it('repeats every N weeks or months up to a horizon after the planning day, or a count', () => {
    const net = rule('net', {
      offset: { amount: 3, unit: 'months' },
      repeat: { every: 3, unit: 'months', horizonMonths: 12 },
    });
    expect(datesOf([net], events(), '2026-01-07')).toEqual([
      'net#1 2026-05-02',
      'net#2 2026-08-02',
      'net#3 2026-11-02',
    ]);
    // A later run reaches further; the numbers of the ones already planned stay.
    expect(datesOf([net], events(), '2026-06-01').slice(0, 4)).toEqual([
      'net#1 2026-05-02',
      'net#2 2026-08-02',
      'net#3 2026-11-02',
      'net#4 2027-02-02',
    ]);
    const weekly = rule('w', { repeat: { every: 2, unit: 'weeks', count: 3 } });
    expect(datesOf([weekly], events())).toEqual(['w#1 2026-02-02', 'w#2 2026-02-16', 'w#3 2026-03-02']);
  });

  it('plans nothing for an anchor whose date is not known yet', () => {
    const rules = [
      rule('start', { anchor: 'courseStart' }),
      rule('after', { anchor: 'previous', after: 'start', offset: { amount: 1, unit: 'weeks' } }),
      rule('birth', { anchor: 'event', event: 'birth' }),
    ];
    expect(datesOf(rules, events({ courseStart: null, referral: null }))).toEqual([]);
  });

  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
  const timing = fc.record({
    anchor: fc.constantFrom('asap', 'referral', 'firstContact', 'courseStart', 'event') as fc.Arbitrary<
      Timing['anchor']
    >,
    event: fc.constant('birth'),
    offset: fc.record({
      amount: fc.integer({ min: 0, max: 60 }),
      unit: fc.constantFrom('days', 'weeks', 'months') as fc.Arbitrary<'days' | 'weeks' | 'months'>,
    }),
    repeat: fc.option(
      fc.record({
        every: fc.integer({ min: 1, max: 12 }),
        unit: fc.constantFrom('weeks', 'months') as fc.Arbitrary<'weeks' | 'months'>,
        horizonMonths: fc.option(fc.integer({ min: 0, max: 24 })),
        count: fc.option(fc.integer({ min: 1, max: 20 })),
      }),
    ),
  });
  const courseEvents = fc.record({
    referral: fc.option(day),
    firstContact: fc.option(day),
    courseStart: fc.option(day),
    applied: day,
    statusLetters: fc.array(day, { maxLength: 6 }),
    named: fc.record({ birth: day }),
  });

  it('is deterministic, ordered, numbered 1..n per rule, never before its anchor (property)', () => {
    fc.assert(
      fc.property(fc.array(timing, { minLength: 1, maxLength: 5 }), courseEvents, day, (timings, e, asOf) => {
        const rules = timings.map((t, i) => ({ id: `r${i}`, timing: t }));
        const once = occurrences(rules, e, asOf);
        expect(occurrences(rules, e, asOf)).toEqual(once);
        for (let i = 1; i < once.length; i++)
          expect(once[i - 1]?.date.localeCompare(once[i]?.date ?? '')).toBeLessThanOrEqual(0);
        for (const r of rules) {
          const mine = once.filter((o) => o.ruleId === r.id);
          expect(mine.map((o) => o.occurrence).sort((a, b) => a - b)).toEqual(mine.map((_, i) => i + 1));
          const t = r.timing;
          if (t.repeat?.count != null) expect(mine.length).toBeLessThanOrEqual(t.repeat.count);
        }
      }),
    );
  });

  it('a later planning day keeps every earlier occurrence with the same number and date (property)', () => {
    fc.assert(
      fc.property(timing, courseEvents, day, fc.integer({ min: 0, max: 400 }), (t, e, asOf, later) => {
        const rules = [{ id: 'r', timing: t }];
        const before = occurrences(rules, e, asOf);
        const after = occurrences(rules, e, addDays(asOf, later));
        expect(after.slice(0, before.length)).toEqual(before);
      }),
    );
  });

  it("repeats in months land on the first date's day, clamped, never drifting (property)", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (start, every, n) => {
          const rules = [rule('r', { repeat: { every, unit: 'months', count: n } })];
          const dates = occurrences(rules, events({ courseStart: start }), start).map((o) => o.date);
          expect(dates).toHaveLength(n);
          const startDay = Number(start.slice(8));
          for (const d of dates) {
            const dayOfMonth = Number(d.slice(8));
            // The same day of the month, or the month's last day when it is shorter.
            if (dayOfMonth !== startDay) expect(addDays(d, 1).slice(8)).toBe('01');
            expect(dayOfMonth).toBeLessThanOrEqual(startDay);
          }
          for (let i = 1; i < dates.length; i++)
            expect(daysBetween(dates[i - 1] ?? '', dates[i] ?? '')).toBeGreaterThanOrEqual(28 * every - 3);
        },
      ),
    );
  });
});
