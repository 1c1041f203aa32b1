import type { DataClass } from '../auth/data-classes.ts';
import { ageOn, daysBetween, type IsoDate } from '../platform/dates.ts';
import {
  type Distribution,
  distributionKeys,
  hasOneYear,
  isCloser,
  isInStatistics,
  type ReportCourse,
  totalDevelopment,
} from './compute.ts';

/**
 * The figures whose rows can be listed (issue 10 §3): each picks its courses with the report's own
 * predicates (compute.ts), so a list always has exactly as many rows as its figure counts.
 */
export const distributionFigures = [
  'byGender',
  'byAgeAtStart',
  'byDisabilityCombination',
  'byGrantedMonths',
  'outcomes',
] as const satisfies readonly Distribution[];
export const figureNames = [
  'inStatistics',
  'atLeastOneYear',
  'closer',
  'notCloser',
  ...distributionFigures,
  'firstContact',
] as const;
export type FigureName = (typeof figureNames)[number];

export const isDistributionFigure = (figure: FigureName): figure is Distribution =>
  (distributionFigures as readonly string[]).includes(figure);

/** What a row says about its course: the value the figure counted it by. */
export type FigureValue = string | number | null;

/**
 * The class of what a listed row tells about its young person: being on a list "by disability:
 * cognitive" tells that disability, so the row is as sensitive as the value behind it.
 */
export const figureClass: Record<FigureName, DataClass> = {
  inStatistics: 'courseAdmin',
  atLeastOneYear: 'courseAdmin',
  closer: 'measurements',
  notCloser: 'measurements',
  byGender: 'personal',
  byAgeAtStart: 'personal',
  byDisabilityCombination: 'health',
  byGrantedMonths: 'courseAdmin',
  outcomes: 'courseAdmin',
  firstContact: 'courseAdmin',
};

/** The course's referral and first contact (firstContact's rows need them; ReportCourse has neither). */
export interface FigureCourse extends ReportCourse {
  referralDate: IsoDate | null;
  firstContactDate: IsoDate | null;
}

const daysOnCourse = (c: ReportCourse, asOf: IsoDate) => daysBetween(c.startDate as IsoDate, asOf);

/** Referral → first contact, counted when both are recorded on or before the day (in statistics). */
export function firstContactDays(c: FigureCourse, asOf: IsoDate): number | null {
  if (!isInStatistics(c, asOf) || c.referralDate === null || c.firstContactDate === null) return null;
  if (c.referralDate > asOf || c.firstContactDate > asOf) return null;
  return daysBetween(c.referralDate, c.firstContactDate);
}

interface FigureRule {
  counts: (c: FigureCourse, asOf: IsoDate) => boolean;
  value: (c: FigureCourse, asOf: IsoDate) => FigureValue;
}

const distribution = (d: Distribution, key: string, value: FigureRule['value']): FigureRule => ({
  counts: (c, asOf) => isInStatistics(c, asOf) && distributionKeys[d](c, asOf) === key,
  value,
});

function ruleOf(figure: FigureName, key: string | undefined): FigureRule {
  switch (figure) {
    case 'inStatistics':
      return { counts: isInStatistics, value: daysOnCourse };
    case 'atLeastOneYear':
      return { counts: hasOneYear, value: daysOnCourse };
    case 'closer':
      return { counts: isCloser, value: (c, asOf) => totalDevelopment(c.measurements, asOf) };
    case 'notCloser':
      return {
        counts: (c, asOf) => hasOneYear(c, asOf) && !isCloser(c, asOf),
        value: (c, asOf) => totalDevelopment(c.measurements, asOf),
      };
    case 'firstContact':
      return { counts: (c, asOf) => firstContactDays(c, asOf) !== null, value: firstContactDays };
    case 'byAgeAtStart':
      return distribution(figure, key ?? '', (c) => ageOn(c.participant.birthDate, c.startDate as IsoDate));
    case 'byGrantedMonths':
      return distribution(figure, key ?? '', (c) => c.grantedMonths);
    default:
      return distribution(figure, key ?? '', (c, asOf) => distributionKeys[figure](c, asOf));
  }
}

/**
 * The courses behind a figure as of a day, each with its value, in the order given (the loader's:
 * start date). A distribution figure needs the key of the bar it lists.
 */
export function figureCourses<C extends FigureCourse>(
  figure: FigureName,
  courses: readonly C[],
  asOf: IsoDate,
  key?: string,
): Array<{ course: C; value: FigureValue }> {
  const rule = ruleOf(figure, key);
  return courses
    .filter((c) => rule.counts(c, asOf))
    .map((course) => ({ course, value: rule.value(course, asOf) }));
}
