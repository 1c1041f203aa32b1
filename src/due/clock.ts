import { sql } from 'kysely';
import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { CourseClock, Intervals } from './rules.ts';

/**
 * What the due-date rules read about a course, as four JSON columns on any query that has the
 * course as `c` (the caseload, the course page, the partnership's due list): one definition, so
 * every place counts the same measurements, letters and pauses.
 */
export function clockColumns() {
  return [
    sql<
      CourseClock['statusChanges']
    >`(select coalesce(json_agg(json_build_object('date', h.effective_date, 'status', h.status)
        order by h.changed_at, h.id), '[]'::json)
      from course_status_history h where h.course_id = c.id)`.as('clock_changes'),
    // The professional's measurements on the distance-to-labour-market form: the young person's
    // own scores are recorded beside them and do not count.
    sql<IsoDate[]>`(select coalesce(json_agg(m.measured_on order by m.measured_on), '[]'::json)
      from measurements m join measurement_instruments i on i.id = m.instrument_id
      where m.course_id = c.id and m.perspective = 'professional' and i.key = ${DEFAULT_INSTRUMENT_KEY})`.as(
      'clock_measured',
    ),
    // Approved letters only (drafts live in their own table); a correction replaces a letter's
    // text, not its place in the rhythm, so it does not count as a new letter.
    sql<IsoDate[]>`(select coalesce(json_agg(l.approved_on order by l.approved_on), '[]'::json)
      from status_letters l where l.course_id = c.id and l.replaces_id is null)`.as('clock_letters'),
    // The intervals of the course's partnership: its agreement may change the model's defaults.
    sql<Intervals>`(select json_build_object('baselineMonths', ip.baseline_months,
        'measurementMonths', ip.measurement_months, 'statusLetterMonths', ip.status_letter_months)
      from partnerships ip where ip.id = c.partnership_id)`.as('clock_intervals'),
  ] as const;
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
