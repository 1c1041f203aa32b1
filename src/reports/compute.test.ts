import { describe, expect, it } from 'vitest';
import expectedExampleReport from '../../tests/fixtures/interchange/small-partnership.expected-report.json' with {
  type: 'json',
};
import smallPartnership from '../../tests/fixtures/interchange/small-partnership.json' with { type: 'json' };
import type { InterchangeDocument } from '../interchange/types.ts';
import { computeReport, disabilityCombination, type ReportCourse, totalDevelopment } from './compute.ts';

const noTargets = { admitted: null, closerShare: null };
const scores = (motivation: number, workIdentity: number, clarification: number, knowledge: number) => ({
  motivation,
  workIdentity,
  clarification,
  knowledge,
});

/** A consented course started 2018-01-01 with a baseline and one later measurement (+4). */
function course(overrides: Partial<ReportCourse> = {}): ReportCourse {
  return {
    startDate: '2018-01-01',
    grantedMonths: 36,
    outcome: null,
    participant: { birthDate: '1995-06-15', gender: 'female', disabilities: ['cognitive'] },
    statisticsConsents: [{ givenOn: '2018-01-01', withdrawnOn: null }],
    measurements: [
      { date: '2018-01-05', scores: scores(2, 2, 2, 2) },
      { date: '2018-07-05', scores: scores(3, 2, 4, 3) },
    ],
    ...overrides,
  };
}
const report = (asOf: string, ...courses: ReportCourse[]) =>
  computeReport({ asOf, targets: noTargets, courses });

/** The report's input for an interchange document, as an import would store it. */
function fromDocument(doc: InterchangeDocument): ReportCourse[] {
  return doc.participants.map((p) => ({
    startDate: p.courseStart,
    grantedMonths: p.grantedMonths,
    outcome: p.outcome,
    participant: { birthDate: p.birthDate, gender: p.gender, disabilities: p.disabilities },
    statisticsConsents: p.consentToStatistics ? [{ givenOn: p.courseStart, withdrawnOn: null }] : [],
    measurements: p.measurements,
  }));
}

describe('the shared example (small-partnership.json as of 2019-06-30)', () => {
  it('reproduces the expected report exactly', () => {
    const doc = smallPartnership as InterchangeDocument;
    const r = computeReport({
      asOf: '2019-06-30',
      targets: { admitted: 10, closerShare: 0.8 },
      courses: fromDocument(doc),
    });
    // Deep equality on every key the example lists, and the targets beside them.
    expect(r).toEqual({ ...expectedExampleReport, targets: { admitted: 10, closerShare: 0.8 } });
    expect(r).toEqual({
      admitted: 5,
      inStatistics: 4,
      atLeastOneYear: 3,
      closerToLabourMarket: 1,
      closerShare: 0.3333333333333333,
      targets: { admitted: 10, closerShare: 0.8 },
      byGender: { female: 2, male: 1, other: 1 },
      byAgeAtStart: { '18': 1, '19': 1, '22': 1, '23': 1 },
      byDisabilityCombination: {
        'cognitive+psychological': 1,
        cognitive: 1,
        'cognitive+physical': 1,
        psychological: 1,
      },
      byGrantedMonths: { '24': 1, '36': 2, '48': 1 },
      outcomes: { flexJob: 1, ongoing: 3 },
    });
  });
});

describe('admitted', () => {
  it('counts a course that starts on the reference date and not one that starts the day after', () => {
    expect(report('2018-01-01', course()).admitted).toBe(1);
    expect(report('2017-12-31', course()).admitted).toBe(0);
    expect(report('2019-01-01', course({ startDate: null })).admitted).toBe(0);
  });

  it('leaves a course not started yet out of every figure and distribution', () => {
    const r = report('2018-06-01', course(), course({ startDate: '2018-06-02' }));
    expect([r.admitted, r.inStatistics]).toEqual([1, 1]);
    expect(r.byGender).toEqual({ female: 1 });
  });
});

describe('in statistics', () => {
  it('counts a participant without a statistics consent as admitted only', () => {
    const r = report('2019-06-30', course({ statisticsConsents: [] }));
    expect(r).toMatchObject({ admitted: 1, inStatistics: 0, atLeastOneYear: 0, closerShare: null });
    expect(r.byGender).toEqual({});
    expect(r.outcomes).toEqual({});
  });

  it('counts a consent from the day it is given until the day it is withdrawn', () => {
    const consent = (givenOn: string, withdrawnOn: string | null) =>
      course({ statisticsConsents: [{ givenOn, withdrawnOn }] });
    expect(report('2019-01-01', consent('2019-01-01', null)).inStatistics).toBe(1);
    expect(report('2019-01-01', consent('2019-01-02', null)).inStatistics).toBe(0);
    expect(report('2019-01-01', consent('2018-01-01', '2019-01-02')).inStatistics).toBe(1);
    expect(report('2019-01-01', consent('2018-01-01', '2019-01-01')).inStatistics).toBe(0);
  });
});

describe('at least one year', () => {
  it('counts exactly 365 days between start and reference date, not 364', () => {
    // 2018-01-01 + 365 days = 2019-01-01.
    expect(report('2019-01-01', course()).atLeastOneYear).toBe(1);
    expect(report('2018-12-31', course()).atLeastOneYear).toBe(0);
  });

  it('uses 365 days, not a calendar year, across a leap day', () => {
    const leap = course({
      startDate: '2019-03-01',
      statisticsConsents: [{ givenOn: '2019-03-01', withdrawnOn: null }],
    });
    // 2019-03-01 → 2020-02-29 is 365 days (2020 is a leap year), one day before the anniversary.
    expect(report('2020-02-29', leap).atLeastOneYear).toBe(1);
    expect(report('2020-02-28', leap).atLeastOneYear).toBe(0);
  });

  it('gives a share of null when nobody has had a year, not 0 or NaN', () => {
    expect(report('2018-06-01', course()).closerShare).toBeNull();
  });
});

describe('closer to the labour market', () => {
  it('counts a positive total development and gives the share as a fraction', () => {
    const r = report(
      '2019-06-30',
      course(),
      course({ measurements: [{ date: '2018-01-05', scores: scores(2, 2, 2, 2) }] }),
    );
    expect([r.atLeastOneYear, r.closerToLabourMarket, r.closerShare]).toEqual([2, 1, 0.5]);
  });

  it('ignores a measurement dated after the reference date', () => {
    const later = course({
      measurements: [
        { date: '2018-01-05', scores: scores(2, 2, 2, 2) },
        { date: '2019-07-01', scores: scores(5, 5, 5, 5) },
      ],
    });
    expect(report('2019-06-30', later).closerToLabourMarket).toBe(0);
    expect(report('2019-07-01', later).closerToLabourMarket).toBe(1);
  });

  it('gives a baseline-only participant development 0: not closer, but still in the denominator', () => {
    const baseline = course({ measurements: [{ date: '2018-01-05', scores: scores(1, 1, 1, 1) }] });
    expect(totalDevelopment(baseline.measurements, '2019-06-30')).toBe(0);
    expect(report('2019-06-30', baseline)).toMatchObject({
      atLeastOneYear: 1,
      closerToLabourMarket: 0,
      closerShare: 0,
    });
  });

  it('does not count a participant with no measurement as closer', () => {
    expect(totalDevelopment([], '2019-06-30')).toBeNull();
    expect(report('2019-06-30', course({ measurements: [] })).closerToLabourMarket).toBe(0);
  });

  it('sums latest minus first over the dimensions (+1 +0 +2 +1 = +4), whatever the input order', () => {
    const m = [
      { date: '2018-12-01', scores: scores(3, 2, 4, 3) },
      { date: '2018-01-01', scores: scores(2, 2, 2, 2) },
      { date: '2018-06-01', scores: scores(1, 1, 1, 1) },
    ];
    expect(totalDevelopment(m, '2019-01-01')).toBe(4);
  });

  it('does not count a zero or negative total as closer', () => {
    const zero = course({
      measurements: [
        { date: '2018-01-05', scores: scores(3, 3, 2, 2) },
        { date: '2018-07-05', scores: scores(2, 3, 3, 2) },
      ],
    });
    expect(report('2019-06-30', zero).closerToLabourMarket).toBe(0);
  });
});

describe('distributions', () => {
  it('counts age at course start in whole years, someone born 29 February turning a year older on 1 March', () => {
    const leapling = (startDate: string) =>
      course({
        startDate,
        participant: { birthDate: '2000-02-29', gender: 'other', disabilities: [] },
        statisticsConsents: [{ givenOn: startDate, withdrawnOn: null }],
      });
    expect(report('2019-01-01', leapling('2018-02-28')).byAgeAtStart).toEqual({ '17': 1 });
    expect(report('2019-01-01', leapling('2018-03-01')).byAgeAtStart).toEqual({ '18': 1 });
  });

  it('keys disability combinations sorted and joined with "+", and "none" for no disability', () => {
    expect(disabilityCombination(['psychological', 'cognitive'])).toBe('cognitive+psychological');
    expect(disabilityCombination([])).toBe('none');
    const r = report(
      '2019-01-01',
      course({
        participant: { birthDate: '1995-01-01', gender: 'male', disabilities: ['physical', 'cognitive'] },
      }),
      course({ participant: { birthDate: '1995-01-01', gender: 'male', disabilities: [] } }),
    );
    expect(r.byDisabilityCombination).toEqual({ 'cognitive+physical': 1, none: 1 });
  });

  it('keys granted length by months or "undecided"', () => {
    const r = report('2019-01-01', course(), course({ grantedMonths: null }));
    expect(r.byGrantedMonths).toEqual({ '36': 1, undecided: 1 });
  });

  it('counts an outcome only from its date; before that the course is ongoing', () => {
    const ended = course({ outcome: { type: 'flexJob', date: '2019-03-01' } });
    expect(report('2019-02-28', ended).outcomes).toEqual({ ongoing: 1 });
    expect(report('2019-03-01', ended).outcomes).toEqual({ flexJob: 1 });
  });

  it('covers only participants in statistics, and holds only observed keys', () => {
    const r = report(
      '2019-01-01',
      course(),
      course({
        statisticsConsents: [],
        participant: { birthDate: '1990-01-01', gender: 'male', disabilities: [] },
      }),
    );
    expect(r.byGender).toEqual({ female: 1 });
    expect(Object.keys(r.byAgeAtStart)).toEqual(['22']);
  });

  it('passes the targets through, null where unset', () => {
    const r = computeReport({
      asOf: '2019-01-01',
      targets: { admitted: 40, closerShare: null },
      courses: [],
    });
    expect(r.targets).toEqual({ admitted: 40, closerShare: null });
    expect(r.admitted).toBe(0);
  });
});
