import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import type { InterchangeDocument } from '../interchange/types.ts';
import { computeReport } from './compute.ts';
import { distributionFigures, type FigureCourse, figureCourses, firstContactDays } from './figures.ts';

const asOf = '2019-06-30';
const noTargets = { admitted: null, closerShare: null };

function fromDocument(doc: InterchangeDocument): FigureCourse[] {
  return doc.participants.map((p) => ({
    startDate: p.courseStart,
    grantedMonths: p.grantedMonths,
    outcome: p.outcome,
    participant: { birthDate: p.birthDate, gender: p.gender, disabilities: p.disabilities },
    statisticsConsents: p.consentToStatistics ? [{ givenOn: p.courseStart, withdrawnOn: null }] : [],
    measurements: p.measurements,
    referralDate: null,
    firstContactDate: null,
  }));
}

/** Every figure's rows, counted, against the report's own count of it. */
function expectRowsMatchReport(courses: FigureCourse[], day: string) {
  const report = computeReport({ asOf: day, targets: noTargets, courses });
  const count = (figure: Parameters<typeof figureCourses>[0], key?: string) =>
    figureCourses(figure, courses, day, key).length;
  expect(count('inStatistics')).toBe(report.inStatistics);
  expect(count('atLeastOneYear')).toBe(report.atLeastOneYear);
  expect(count('closer')).toBe(report.closerToLabourMarket);
  expect(count('notCloser')).toBe(report.atLeastOneYear - report.closerToLabourMarket);
  for (const figure of distributionFigures)
    for (const [key, n] of Object.entries(report[figure]))
      expect(count(figure, key), `${figure}=${key}`).toBe(n);
}

describe('the rows behind a figure', () => {
  const courses = fromDocument(smallPartnership as InterchangeDocument);

  it('are as many as the report counts, for every figure of the shared example', () => {
    expectRowsMatchReport(courses, asOf);
  });

  it('carry the value each figure counted them by', () => {
    expect(figureCourses('byGender', courses, asOf, 'female').map((r) => r.value)).toEqual([
      'female',
      'female',
    ]);
    expect(figureCourses('byGrantedMonths', courses, asOf, '36').map((r) => r.value)).toEqual([36, 36]);
    const closer = figureCourses('closer', courses, asOf);
    expect(closer.every((r) => typeof r.value === 'number' && r.value > 0)).toBe(true);
    const notCloser = figureCourses('notCloser', courses, asOf);
    expect(notCloser.every((r) => r.value === null || (r.value as number) <= 0)).toBe(true);
  });

  it('list nobody for a key the distribution does not have', () => {
    expect(figureCourses('byGender', courses, asOf, 'unknown')).toEqual([]);
    expect(figureCourses('outcomes', courses, asOf)).toEqual([]);
  });

  it('count referral to first contact only in statistics and with both days on or before the day', () => {
    const base = { ...courses[0]!, referralDate: '2019-01-01', firstContactDate: '2019-01-08' };
    expect(firstContactDays(base, asOf)).toBe(7);
    expect(firstContactDays({ ...base, firstContactDate: '2019-07-01' }, asOf)).toBeNull();
    expect(firstContactDays({ ...base, referralDate: null }, asOf)).toBeNull();
    expect(firstContactDays({ ...base, statisticsConsents: [] }, asOf)).toBeNull();
  });

  it('match the report for any set of courses and any day', () => {
    const day = fc
      .integer({ min: 0, max: 1500 })
      .map((n) => new Date(Date.UTC(2017, 0, 1 + n)).toISOString().slice(0, 10));
    const score = fc.integer({ min: 1, max: 5 });
    const course = fc.record({
      startDate: fc.option(day, { nil: null }),
      grantedMonths: fc.option(fc.constantFrom(24, 36, 48), { nil: null }),
      outcome: fc.option(fc.record({ type: fc.constantFrom('flexJob', 'stopped'), date: day }), {
        nil: null,
      }),
      participant: fc.record({
        birthDate: fc.constantFrom('1995-02-01', '1999-12-31', '2000-06-15'),
        gender: fc.constantFrom('female', 'male', 'other'),
        disabilities: fc.subarray(['cognitive', 'physical', 'psychological']),
      }),
      statisticsConsents: fc.array(fc.record({ givenOn: day, withdrawnOn: fc.option(day, { nil: null }) }), {
        maxLength: 2,
      }),
      measurements: fc.array(
        fc.record({
          date: day,
          scores: fc.record({
            motivation: score,
            workIdentity: score,
            clarification: score,
            knowledge: score,
          }),
        }),
        { maxLength: 3 },
      ),
      referralDate: fc.option(day, { nil: null }),
      firstContactDate: fc.option(day, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(course, { maxLength: 12 }), day, (list, on) => {
        expectRowsMatchReport(list as FigureCourse[], on);
      }),
    );
  });
});
