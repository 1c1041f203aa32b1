import { ageOn, daysBetween, type IsoDate } from '../platform/dates.ts';
import type { PartnershipReport } from './schemas.ts';

/** One course of the partnership with what the report needs of it, as recorded (any date). */
export interface ReportCourse {
  startDate: IsoDate | null;
  grantedMonths: number | null;
  outcome: { type: string; date: IsoDate } | null;
  participant: { birthDate: IsoDate; gender: string; disabilities: readonly string[] };
  /** The participant's statistics consents, withdrawn or not. */
  statisticsConsents: ReadonlyArray<{ givenOn: IsoDate; withdrawnOn: IsoDate | null }>;
  /** The distance-to-labour-market measurements of the course, any date, any order. */
  measurements: ReadonlyArray<{ date: IsoDate; scores: Readonly<Record<string, number>> }>;
}

export interface ReportInput {
  asOf: IsoDate;
  targets: { admitted: number | null; closerShare: number | null };
  courses: readonly ReportCourse[];
}

/** "At least one year" (DOMAIN.md): 365 days or more between course start and the reference date. */
export const ONE_YEAR_DAYS = 365;
/** byDisabilityCombination's key for a participant with no recorded disability. */
export const NO_DISABILITY = 'none';
/** byGrantedMonths' key when the granted length is not yet decided. */
export const UNDECIDED = 'undecided';
/** outcomes' key for a course with no outcome on or before the reference date. */
export const ONGOING = 'ongoing';

/**
 * The partnership report as of a day: only what was recorded on or before it counts. Pure, so
 * every definition in DOMAIN.md ("Measurement", "Interchange") is pinned by unit tests.
 */
export function computeReport({ asOf, targets, courses }: ReportInput): Omit<PartnershipReport, 'feltHeard'> {
  const admitted = courses.filter((c) => isAdmitted(c, asOf));
  const inStatistics = admitted.filter((c) => isInStatistics(c, asOf));
  const atLeastOneYear = inStatistics.filter((c) => hasOneYear(c, asOf));
  const closer = atLeastOneYear.filter((c) => isCloser(c, asOf));
  return {
    admitted: admitted.length,
    inStatistics: inStatistics.length,
    atLeastOneYear: atLeastOneYear.length,
    closerToLabourMarket: closer.length,
    closerShare: atLeastOneYear.length === 0 ? null : closer.length / atLeastOneYear.length,
    targets: { admitted: targets.admitted, closerShare: targets.closerShare },
    byGender: countBy(inStatistics, (c) => distributionKeys.byGender(c, asOf)),
    byAgeAtStart: countBy(inStatistics, (c) => distributionKeys.byAgeAtStart(c, asOf)),
    byDisabilityCombination: countBy(inStatistics, (c) => distributionKeys.byDisabilityCombination(c, asOf)),
    byGrantedMonths: countBy(inStatistics, (c) => distributionKeys.byGrantedMonths(c, asOf)),
    outcomes: countBy(inStatistics, (c) => distributionKeys.outcomes(c, asOf)),
  };
}

/*
 * One course's part in the figures, as of a day. The report counts with these and the rows
 * behind a figure are picked with the same functions, so a list always matches its count.
 */

/** "Admitted": started on or before the day. */
export const isAdmitted = (c: ReportCourse, asOf: IsoDate) => c.startDate !== null && c.startDate <= asOf;

/** "In statistics": admitted, and consented to statistical use on the day. */
export const isInStatistics = (c: ReportCourse, asOf: IsoDate) =>
  isAdmitted(c, asOf) && c.statisticsConsents.some((k) => consentActiveOn(k, asOf));

/** "At least one year": 365 days or more from the start to the day (in statistics). */
export const hasOneYear = (c: ReportCourse, asOf: IsoDate) =>
  isInStatistics(c, asOf) && daysBetween(c.startDate as IsoDate, asOf) >= ONE_YEAR_DAYS;

/** "Closer to the labour market": at least one year, and total development above 0. */
export const isCloser = (c: ReportCourse, asOf: IsoDate) =>
  hasOneYear(c, asOf) && (totalDevelopment(c.measurements, asOf) ?? 0) > 0;

/** The key a course in statistics counts under in each distribution. */
export const distributionKeys = {
  byGender: (c: ReportCourse, _asOf: IsoDate) => c.participant.gender,
  byAgeAtStart: (c: ReportCourse, _asOf: IsoDate) =>
    String(ageOn(c.participant.birthDate, c.startDate as IsoDate)),
  byDisabilityCombination: (c: ReportCourse, _asOf: IsoDate) =>
    disabilityCombination(c.participant.disabilities),
  byGrantedMonths: (c: ReportCourse, _asOf: IsoDate) =>
    c.grantedMonths === null ? UNDECIDED : String(c.grantedMonths),
  outcomes: (c: ReportCourse, asOf: IsoDate) => outcomeOn(c, asOf) ?? ONGOING,
} as const;
export type Distribution = keyof typeof distributionKeys;

/** The course's outcome if it is dated on or before the day. */
export const outcomeOn = (c: ReportCourse, asOf: IsoDate) =>
  c.outcome && c.outcome.date <= asOf ? c.outcome.type : null;

/** Given on or before the day and not withdrawn by then (withdrawal counts from its own day). */
export function consentActiveOn(consent: { givenOn: IsoDate; withdrawnOn: IsoDate | null }, day: IsoDate) {
  return consent.givenOn <= day && (consent.withdrawnOn === null || consent.withdrawnOn > day);
}

/** Development as DOMAIN.md defines it: latest minus first (baseline), per dimension, and the sum. */
export interface Development {
  baselineOn: IsoDate;
  latestOn: IsoDate;
  perDimension: Record<string, number>;
  total: number;
}

/**
 * Latest measurement on or before the day minus the first, per dimension, summed. A baseline
 * alone gives 0s; no measurement gives null. The one definition: the report counts "closer" by
 * it and the course's measurement page shows it.
 */
export function development(measurements: ReportCourse['measurements'], day: IsoDate): Development | null {
  // A stable sort keeps the recorded order between two measurements on the same day.
  const known = measurements.filter((m) => m.date <= day).sort((a, b) => a.date.localeCompare(b.date));
  const first = known[0];
  const latest = known.at(-1);
  if (!first || !latest) return null;
  const perDimension: Record<string, number> = {};
  let total = 0;
  for (const [dimension, baseline] of Object.entries(first.scores)) {
    const now = latest.scores[dimension];
    if (typeof now === 'number' && typeof baseline === 'number') {
      perDimension[dimension] = now - baseline;
      total += now - baseline;
    }
  }
  return { baselineOn: first.date, latestOn: latest.date, perDimension, total };
}

/** The total development on the day; null (and so not closer) without a measurement. */
export function totalDevelopment(measurements: ReportCourse['measurements'], day: IsoDate): number | null {
  return development(measurements, day)?.total ?? null;
}

/** The disabilities sorted and joined with "+", e.g. "cognitive+psychological"; "none" for none. */
export function disabilityCombination(disabilities: readonly string[]): string {
  const kinds = [...new Set(disabilities)].sort();
  return kinds.length === 0 ? NO_DISABILITY : kinds.join('+');
}

/** Counts per key, observed keys only, in key order so output is stable. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
