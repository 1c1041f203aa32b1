import { sql } from 'kysely';
import type { IsoDate } from '../platform/dates.ts';
import type { CourseClock, Intervals } from './rules.ts';

/*
 * What the due-date rules read about a course: its status changes, the professional's
 * measurements on the distance-to-labour-market form and its approved letters. Which rows count is
 * defined once, in SQL (migrations/023_course_facts.sql: course_status_changes(),
 * course_measured_on(), course_letters_approved_on()), and kept per course in `course_facts` by
 * triggers, so a list of courses reads one row each instead of three aggregates each.
 */

/** The partnership's intervals, from `p`: its agreement may change the model's defaults. */
const intervals = (p: string) =>
  sql<Intervals>`json_build_object('baselineMonths', ${sql.ref(`${p}.baseline_months`)},
    'measurementMonths', ${sql.ref(`${p}.measurement_months`)}, 'statusLetterMonths', ${sql.ref(`${p}.status_letter_months`)})`;

/** A course without a facts row has none of them yet. */
const facts = {
  changes: sql<CourseClock['statusChanges']>`coalesce(cf.status_changes, '[]'::json)`,
  measured: sql<IsoDate[]>`coalesce(cf.measured_on, '[]'::json)`,
  letters: sql<IsoDate[]>`coalesce(cf.letters_approved_on, '[]'::json)`,
};

/**
 * The clock as four JSON columns on any query that has the course as `c`, its partnership as `p`
 * and its facts left-joined as `cf` (`.leftJoin('course_facts as cf', 'cf.course_id', 'c.id')`).
 */
export function clockColumns() {
  return [
    facts.changes.as('clock_changes'),
    facts.measured.as('clock_measured'),
    facts.letters.as('clock_letters'),
    intervals('p').as('clock_intervals'),
  ] as const;
}

/**
 * The same four columns for every course of a partnership (the due list, the dashboard), in raw SQL.
 * Each course's facts are looked up by key (a lateral kept apart by OFFSET 0): joined plainly, the
 * planner hashes the whole table, which grows with the nation and not the partnership (issue 11).
 */
export function partnershipClockParts() {
  return {
    joins: sql`left join lateral (select * from course_facts f where f.course_id = c.id offset 0) cf on true
      join partnerships clock_p on clock_p.id = c.partnership_id`,
    columns: sql`${facts.changes} as clock_changes, ${facts.measured} as clock_measured,
      ${facts.letters} as clock_letters, ${intervals('clock_p')} as clock_intervals`,
  };
}

export interface ClockRow {
  start_date: IsoDate | null;
  outcome_date: IsoDate | null;
  clock_changes: CourseClock['statusChanges'];
  clock_measured: IsoDate[];
  clock_letters: IsoDate[];
  clock_intervals: Intervals;
}

export function clockOf(row: ClockRow): CourseClock {
  return {
    startDate: row.start_date,
    endedOn: row.outcome_date,
    statusChanges: row.clock_changes,
    measuredOn: row.clock_measured,
    lettersApprovedOn: row.clock_letters,
  };
}

/** The due intervals of the row's partnership (DOMAIN.md "Due dates": the agreement may change them). */
export const intervalsOf = (row: Pick<ClockRow, 'clock_intervals'>): Intervals => row.clock_intervals;
