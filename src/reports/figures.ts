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
import { distributionFigures, type FigureName, figureNames } from './figure-names.ts';

export { figureClass } from './figure-names.ts';
export { distributionFigures, type FigureName, figureNames };

/** The distribution figures, typed as the report's own distributions (tsc checks they are). */
const reportDistributions: readonly Distribution[] = distributionFigures;

export const isDistributionFigure = (figure: FigureName): figure is Distribution =>
  (reportDistributions as readonly string[]).includes(figure);

/** What a row says about its course: the value the figure counted it by. */
export type FigureValue = string | number | null;

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
