import { sql } from 'kysely';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { CourseClock, Intervals } from './rules.ts';

/*
 * What the due-date rules read about a course, defined once: which rows count (the FROM and
 * WHERE of each part) and how they are listed (the aggregate). clockColumns() reads them per
 * course; partnershipClockParts() for every course of a partnership.
 */
const changes = {
  from: sql`course_status_history h`,
  list: sql`json_agg(json_build_object('date', h.effective_date, 'status', h.status) order by h.changed_at, h.id)`,
  course: sql.ref('h.course_id'),
};
// The professional's measurements on the distance-to-labour-market form: the young person's
// own scores are recorded beside them and do not count.
const measured = {
  from: sql`measurements m join measurement_instruments i on i.id = m.instrument_id
    and m.perspective = 'professional' and i.key = ${DEFAULT_INSTRUMENT_KEY}`,
  list: sql`json_agg(m.measured_on order by m.measured_on)`,
  course: sql.ref('m.course_id'),
};
// Approved letters only (drafts live in their own table); a correction replaces a letter's
// text, not its place in the rhythm, so it does not count as a new letter.
const letters = {
  from: sql`status_letters l`,
  list: sql`json_agg(l.approved_on order by l.approved_on) filter (where l.replaces_id is null)`,
  course: sql.ref('l.course_id'),
};
// The intervals of the course's partnership: its agreement may change the model's defaults.
const intervalsFrom = (partnership: string) =>
  sql<Intervals>`json_build_object('baselineMonths', ${sql.ref(`${partnership}.baseline_months`)},
    'measurementMonths', ${sql.ref(`${partnership}.measurement_months`)},
    'statusLetterMonths', ${sql.ref(`${partnership}.status_letter_months`)})`;
const intervals = sql<Intervals>`(select ${intervalsFrom('ip')} from partnerships ip where ip.id = c.partnership_id)`;

type Part = typeof changes;
const perCourse = <T>(part: Part) =>
  sql<T>`(select coalesce(${part.list}, '[]'::json) from ${part.from} where ${part.course} = c.id)`;

/** The clock as four JSON columns on any query that has the course as `c` (one course or a few). */
export function clockColumns() {
  return [
    perCourse<CourseClock['statusChanges']>(changes).as('clock_changes'),
    perCourse<IsoDate[]>(measured).as('clock_measured'),
    perCourse<IsoDate[]>(letters).as('clock_letters'),
    intervals.as('clock_intervals'),
  ] as const;
}

/**
 * The same four columns for every course of a partnership (the due list, the dashboard): each
 * part looked up per course on its (course_id, …) index, so that the work grows with the
 * partnership's courses and not with the nation's. Grouping each part over
 * `course_id in (partnership's courses)` instead lets the planner hash-join a sequential scan of
 * the whole table (issue 11, national volume: every measurement of 50,000 courses read for 2,000).
 * The measurements are read from their index alone (migrations/024). The partnership's intervals
 * are joined once, not looked up per course.
 */
export function partnershipClockParts() {
  return {
    joins: sql`join partnerships clock_p on clock_p.id = c.partnership_id`,
    columns: sql`${perCourse(changes)} as clock_changes, ${perCourse(measured)} as clock_measured,
      ${perCourse(letters)} as clock_letters, ${intervalsFrom('clock_p')} as clock_intervals`,
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
