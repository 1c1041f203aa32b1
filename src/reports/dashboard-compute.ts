import type { OutcomeType } from '../courses/outcomes.ts';
import type { Owed } from '../due/rules.ts';
import type { OutcomeTarget } from '../partnerships/terms.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../platform/dates.ts';
import { isInStatistics, outcomeOn, type ReportCourse } from './compute.ts';
import type { Dashboard } from './dashboard-schemas.ts';

/**
 * The dashboard's figures beyond the report (DOMAIN.md "The partnership's view"), pure so each
 * definition is pinned by unit tests. Like the report's distributions they count participants in
 * statistics only; what the courses owe counts every active course (it is the work, not a statistic).
 */

/**
 * Outcomes against the agreement's target split: of the courses in statistics whose outcome (on
 * or before the day) falls in any group of the split, the share in each group.
 */
export function outcomeSplit(
  courses: readonly ReportCourse[],
  asOf: IsoDate,
  split: readonly OutcomeTarget[],
): Dashboard['outcomeSplit'] {
  const outcomes = courses
    .filter((c) => isInStatistics(c, asOf))
    .map((c) => outcomeOn(c, asOf))
    .filter((o): o is OutcomeType => o !== null);
  const inGroup = (group: OutcomeTarget) => outcomes.filter((o) => group.outcomes.includes(o)).length;
  const anyGroup = outcomes.filter((o) => split.some((g) => g.outcomes.includes(o))).length;
  return split.map((group) => {
    const count = inGroup(group);
    return {
      label: group.label,
      outcomes: [...group.outcomes],
      target: group.share,
      count,
      actual: anyGroup === 0 ? null : count / anyGroup,
    };
  });
}

export interface CourseWithContact extends ReportCourse {
  referralDate: IsoDate | null;
  firstContactDate: IsoDate | null;
}

/** The courses whose referral and first contact both lie on or before the day (in statistics). */
export function firstContactCourses<T extends CourseWithContact>(courses: readonly T[], asOf: IsoDate) {
  return courses.filter(
    (c) =>
      c.referralDate !== null &&
      c.firstContactDate !== null &&
      c.firstContactDate <= asOf &&
      isInStatistics(c, asOf),
  );
}

/** Average days from referral to first contact, and how many kept the partnership's promise. */
export function firstContact(
  courses: readonly CourseWithContact[],
  asOf: IsoDate,
  promiseDays: number,
): Dashboard['firstContact'] {
  const days = firstContactCourses(courses, asOf).map((c) =>
    daysBetween(c.referralDate as IsoDate, c.firstContactDate as IsoDate),
  );
  return {
    courses: days.length,
    averageDays: days.length === 0 ? null : days.reduce((a, b) => a + b, 0) / days.length,
    withinPromise: days.filter((d) => d <= promiseDays).length,
    promiseDays,
  };
}

/** How many months the attendance trend shows, ending with the reference day's month. */
export const TREND_MONTHS = 12;

/** The first day of the trend's first month. */
export function trendStart(asOf: IsoDate): IsoDate {
  return addMonths(`${asOf.slice(0, 7)}-01`, -(TREND_MONTHS - 1));
}

/** Registered days per month (already summed over the courses in statistics); every month of the window is listed. */
export function attendanceTrend(
  rows: ReadonlyArray<{ month: string; present: number; absent: number }>,
  asOf: IsoDate,
): Dashboard['attendance'] {
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(trendStart(asOf), i).slice(0, 7));
  const totals = new Map(months.map((m) => [m, { present: 0, absent: 0 }]));
  for (const row of rows) {
    const total = totals.get(row.month);
    if (!total) continue;
    total.present += row.present;
    total.absent += row.absent;
  }
  return months.map((month) => {
    const { present, absent } = totals.get(month) as { present: number; absent: number };
    return { month, present, absent, share: present + absent === 0 ? null : present / (present + absent) };
  });
}

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 30;

/** What the active courses owe: overdue, and due within DUE_SOON_DAYS (not overdue). */
export function dueCounts(owed: readonly Owed[], asOf: IsoDate): Dashboard['due'] {
  const horizon = addDays(asOf, DUE_SOON_DAYS);
  const count = (kind: Owed['kind']) => ({
    dueSoon: owed.filter((o) => o.kind === kind && !o.overdue && o.due <= horizon).length,
    overdue: owed.filter((o) => o.kind === kind && o.overdue).length,
  });
  return { measurements: count('measurement'), statusLetters: count('statusLetter') };
}
