import { describe, expect, it } from 'vitest';
import type { Owed } from '../due/rules.ts';
import type { ReportCourse } from './compute.ts';
import {
  attendanceTrend,
  type CourseWithContact,
  dueCounts,
  firstContact,
  outcomeSplit,
  TREND_MONTHS,
  trendStart,
} from './dashboard-compute.ts';

const split = [
  { label: 'Ordinært job eller fleksjob', outcomes: ['ordinaryJob', 'flexJob'] as const, share: 0.8 },
  {
    label: 'Løntilskud eller beskyttet',
    outcomes: ['wageSubsidyJob', 'shelteredEmployment'] as const,
    share: 0.2,
  },
].map((g) => ({ ...g, outcomes: [...g.outcomes] }));

function course(overrides: Partial<CourseWithContact> = {}): CourseWithContact {
  return {
    startDate: '2020-01-01',
    grantedMonths: 36,
    outcome: null,
    participant: { birthDate: '2000-01-01', gender: 'female', disabilities: [] },
    statisticsConsents: [{ givenOn: '2020-01-01', withdrawnOn: null }],
    measurements: [],
    referralDate: null,
    firstContactDate: null,
    ...overrides,
  };
}
const ended = (type: string, date: string): Partial<ReportCourse> => ({ outcome: { type, date } });

describe('outcomes against the target split', () => {
  it('shares the outcomes that fall in any group between the groups, in statistics and on or before the day', () => {
    const courses = [
      course(ended('flexJob', '2021-01-01')),
      course(ended('ordinaryJob', '2021-02-01')),
      course(ended('shelteredEmployment', '2021-03-01')),
      // Not in any group: not in the denominator.
      course(ended('education', '2021-03-01')),
      // After the day: still ongoing.
      course(ended('flexJob', '2022-01-01')),
      // No consent to statistics: counted nowhere.
      course({ ...ended('flexJob', '2021-01-01'), statisticsConsents: [] }),
    ];
    expect(outcomeSplit(courses, '2021-06-30', split)).toEqual([
      { label: split[0]?.label, outcomes: ['ordinaryJob', 'flexJob'], target: 0.8, count: 2, actual: 2 / 3 },
      {
        label: split[1]?.label,
        outcomes: ['wageSubsidyJob', 'shelteredEmployment'],
        target: 0.2,
        count: 1,
        actual: 1 / 3,
      },
    ]);
  });

  it('has no actual share before any course ended in a group', () => {
    const figures = outcomeSplit([course(ended('education', '2021-01-01'))], '2021-06-30', split);
    expect(figures.map((f) => [f.count, f.actual])).toEqual([
      [0, null],
      [0, null],
    ]);
  });
});

describe('referral to first contact', () => {
  it('averages the days over courses in statistics whose first contact is on or before the day', () => {
    const courses = [
      course({ referralDate: '2021-01-01', firstContactDate: '2021-01-05' }), // 4 days
      course({ referralDate: '2021-01-01', firstContactDate: '2021-01-11' }), // 10 days
      course({ referralDate: '2021-01-01', firstContactDate: '2021-07-11' }), // after the day
      course({ referralDate: null, firstContactDate: '2021-01-02' }),
      course({ referralDate: '2021-01-01', firstContactDate: '2021-01-02', statisticsConsents: [] }),
    ];
    expect(firstContact(courses, '2021-06-30', 7)).toEqual({
      courses: 2,
      averageDays: 7,
      withinPromise: 1,
      promiseDays: 7,
    });
  });

  it('counts the promise day itself as kept, and has no average without courses', () => {
    const kept = course({ referralDate: '2021-01-01', firstContactDate: '2021-01-08' });
    expect(firstContact([kept], '2021-06-30', 7).withinPromise).toBe(1);
    expect(firstContact([], '2021-06-30', 7)).toEqual({
      courses: 0,
      averageDays: null,
      withinPromise: 0,
      promiseDays: 7,
    });
  });
});

describe('the attendance trend', () => {
  it('lists twelve months ending with the day’s month, and none outside the window', () => {
    expect(trendStart('2021-06-30')).toBe('2020-07-01');
    const trend = attendanceTrend(
      [
        { month: '2021-06', present: 8, absent: 2 },
        { month: '2020-07', present: 3, absent: 1 },
        { month: '2020-06', present: 5, absent: 0 },
      ],
      '2021-06-30',
    );
    expect(trend).toHaveLength(TREND_MONTHS);
    expect(trend[0]).toEqual({ month: '2020-07', present: 3, absent: 1, share: 0.75 });
    expect(trend.at(-1)).toEqual({ month: '2021-06', present: 8, absent: 2, share: 0.8 });
    expect(trend[5]).toEqual({ month: '2020-12', present: 0, absent: 0, share: null });
  });
});

describe('what the courses owe', () => {
  it('counts overdue, and due within 30 days from the day (the 30th day included)', () => {
    const owed: Owed[] = [
      { kind: 'measurement', due: '2021-06-01', overdue: true },
      { kind: 'measurement', due: '2021-06-30', overdue: false },
      { kind: 'measurement', due: '2021-07-30', overdue: false },
      { kind: 'measurement', due: '2021-07-31', overdue: false },
      { kind: 'statusLetter', due: '2021-05-01', overdue: true },
      { kind: 'statusLetter', due: '2021-05-02', overdue: true },
    ];
    expect(dueCounts(owed, '2021-06-30')).toEqual({
      measurements: { dueSoon: 2, overdue: 1 },
      statusLetters: { dueSoon: 0, overdue: 2 },
    });
  });
});
