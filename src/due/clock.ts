import { sql } from 'kysely';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { CourseClock, Intervals } from './rules.ts';

/*
 * What the due-date rules read about a course, defined once: which rows count (the FROM and
 * WHERE of each part) and how they are listed (the aggregate). clockColumns() reads them per
 * course; partnershipClockParts() for every course of a partnership at once, grouped.
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
const intervals = sql<Intervals>`(select json_build_object('baselineMonths', ip.baseline_months,
    'measurementMonths', ip.measurement_months, 'statusLetterMonths', ip.status_letter_months)
  from partnerships ip where ip.id = c.partnership_id)`;

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
 * part grouped once over the partnership's courses and joined, where clockColumns() would look
 * up every course on its own (50 ms of PostgreSQL for 2,000 courses against about 10).
 */
export function partnershipClockParts(partnershipId: string) {
  const grouped = (part: Part, alias: string) =>
    sql`left join (select ${part.course} as course_id, ${part.list} as list from ${part.from}
      where ${part.course} in (select id from courses where partnership_id = ${partnershipId})
      group by ${part.course}) ${sql.raw(alias)} on ${sql.raw(alias)}.course_id = c.id`;
  return {
    joins: sql`${grouped(changes, 'clock_h')} ${grouped(measured, 'clock_m')} ${grouped(letters, 'clock_l')}`,
    columns: sql`coalesce(clock_h.list, '[]'::json) as clock_changes,
      coalesce(clock_m.list, '[]'::json) as clock_measured,
      coalesce(clock_l.list, '[]'::json) as clock_letters,
      ${intervals} as clock_intervals`,
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
