import { BASELINE_AFTER_MONTHS, MEASUREMENT_INTERVAL_MONTHS } from '../measurements/schedule.ts';
import { addDays, addMonths, daysBetween, earlierDay, type IsoDate, laterDay } from '../platform/dates.ts';
import { STATUS_LETTER_INTERVAL_MONTHS } from '../status-letters/schedule.ts';

/**
 * What a course owes as of a day: DOMAIN.md "Due dates", the one implementation used by the
 * caseload, the course page, the young person's page, the `due` command and its API.
 */

export type DueKind = 'measurement' | 'statusLetter';

export interface Owed {
  kind: DueKind;
  due: IsoDate;
  /** The due date is before the reference day; due on the day itself is not overdue. */
  overdue: boolean;
}

export interface CourseClock {
  startDate: IsoDate | null;
  /** The outcome's date: the course owes nothing from then on. */
  endedOn: IsoDate | null;
  /** Changes of status after the start, in any order; the course is active from its start. */
  statusChanges: ReadonlyArray<{ date: IsoDate; status: 'active' | 'paused' | 'ended' }>;
  /** Days of the professional's measurements (the young person's own scores do not count). */
  measuredOn: readonly IsoDate[];
  /** Days the status letters were approved. */
  lettersApprovedOn: readonly IsoDate[];
}

export interface Intervals {
  baselineMonths: number;
  measurementMonths: number;
  statusLetterMonths: number;
}

/** The model's defaults; a partnership's agreement may change them, the rules stay the same. */
export const defaultIntervals: Intervals = {
  baselineMonths: BASELINE_AFTER_MONTHS,
  measurementMonths: MEASUREMENT_INTERVAL_MONTHS,
  statusLetterMonths: STATUS_LETTER_INTERVAL_MONTHS,
};

export function owedBy(course: CourseClock, asOf: IsoDate, intervals = defaultIntervals): Owed[] {
  const { startDate } = course;
  if (!startDate || startDate > asOf) return [];
  if (course.endedOn && course.endedOn <= asOf) return [];
  const periods = statusPeriods(course, asOf);
  if (statusOn(periods, asOf) !== 'active') return [];
  const measured = latestOn(course.measuredOn, asOf);
  const measurementAnchor = measured ?? startDate;
  const measurementDue = measured
    ? addMonths(measured, intervals.measurementMonths)
    : addMonths(startDate, intervals.baselineMonths);
  const letter = latestOn(course.lettersApprovedOn, asOf);
  const letterAnchor = letter ?? startDate;
  const letterDue = addMonths(letterAnchor, intervals.statusLetterMonths);
  return [
    owe('measurement', measurementDue, measurementAnchor, periods, asOf),
    owe('statusLetter', letterDue, letterAnchor, periods, asOf),
  ];
}

/** The latest of the days on or before asOf. */
function latestOn(days: readonly IsoDate[], asOf: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of days) if (d <= asOf && (latest === null || d > latest)) latest = d;
  return latest;
}

function owe(kind: DueKind, due: IsoDate, anchor: IsoDate, periods: readonly Period[], asOf: IsoDate): Owed {
  // Pauses stop the clock: one day later for every paused day from the anchor up to asOf.
  const paused = pausedDays(periods, anchor, asOf);
  const moved = paused === 0 ? due : addDays(due, paused);
  return { kind, due: moved, overdue: moved < asOf };
}

type Status = 'active' | 'paused' | 'ended';
interface Period {
  from: IsoDate;
  status: Status;
}

/** The course's status from each change on, starting active at the start; later changes win ties. */
function statusPeriods(course: CourseClock, asOf: IsoDate): Period[] {
  const start = course.startDate as IsoDate;
  const changes = course.statusChanges
    .map((c, i) => ({ ...c, i }))
    .filter((c) => c.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  const periods: Period[] = [{ from: start, status: 'active' }];
  for (const c of changes) {
    const from = laterDay(c.date, start);
    const last = periods[periods.length - 1] as Period;
    if (last.from === from) last.status = c.status;
    else periods.push({ from, status: c.status });
  }
  return periods;
}

function statusOn(periods: readonly Period[], day: IsoDate): Status {
  let status: Status = 'active';
  for (const p of periods) if (p.from <= day) status = p.status;
  return status;
}

/** Paused days in [from, to): each period's overlap with the window. */
function pausedDays(periods: readonly Period[], from: IsoDate, to: IsoDate): number {
  let days = 0;
  periods.forEach((p, i) => {
    if (p.status !== 'paused') return;
    const end = periods[i + 1]?.from ?? to;
    const a = laterDay(p.from, from);
    const b = earlierDay(end, to);
    if (a < b) days += daysBetween(a, b);
  });
  return days;
}

/** What a list shows as "Næste frist": the earliest owed thing (an overdue one sorts first by date). */
export function nextOwed(course: CourseClock, asOf: IsoDate, intervals = defaultIntervals): Owed | null {
  const owed = owedBy(course, asOf, intervals);
  owed.sort((a, b) => a.due.localeCompare(b.due) || a.kind.localeCompare(b.kind));
  return owed[0] ?? null;
}
