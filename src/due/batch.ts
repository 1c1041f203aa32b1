import { DEFAULT_INSTRUMENT_KEY } from '../measurements/instrument.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { CourseClock } from './rules.ts';

/**
 * Every course clock of a partnership in four flat queries joined up in memory: what
 * clockColumns() reads per course, for a whole partnership at once (the dashboard's due counts
 * over thousands of courses). The same rows: status changes in recorded order, the professional's
 * measurements on the distance form, and approved letters that are not corrections.
 */
export async function loadPartnershipClocks(
  tx: Db,
  partnershipId: string,
): Promise<Map<string, CourseClock>> {
  const inPartnership = tx.selectFrom('courses').select('id').where('partnership_id', '=', partnershipId);
  const [courses, changes, measured, letters] = await Promise.all([
    tx
      .selectFrom('courses')
      .select(['id', 'start_date', 'outcome_date'])
      .where('partnership_id', '=', partnershipId)
      .execute(),
    tx
      .selectFrom('course_status_history as h')
      .select(['h.course_id', 'h.effective_date', 'h.status'])
      .where('h.course_id', 'in', inPartnership)
      .orderBy('h.changed_at')
      .orderBy('h.id')
      .execute(),
    tx
      .selectFrom('measurements as m')
      .innerJoin('measurement_instruments as i', 'i.id', 'm.instrument_id')
      .select(['m.course_id', 'm.measured_on'])
      .where('m.course_id', 'in', inPartnership)
      .where('m.perspective', '=', 'professional')
      .where('i.key', '=', DEFAULT_INSTRUMENT_KEY)
      .execute(),
    tx
      .selectFrom('status_letters as l')
      .select(['l.course_id', 'l.approved_on'])
      .where('l.course_id', 'in', inPartnership)
      .where('l.replaces_id', 'is', null)
      .execute(),
  ]);
  const clocks = new Map<string, CourseClock>();
  for (const c of courses)
    clocks.set(c.id, {
      startDate: c.start_date,
      endedOn: c.outcome_date,
      statusChanges: [],
      measuredOn: [],
      lettersApprovedOn: [],
    });
  const of = (id: string) =>
    clocks.get(id) as CourseClock & {
      statusChanges: CourseClock['statusChanges'][number][];
      measuredOn: IsoDate[];
      lettersApprovedOn: IsoDate[];
    };
  for (const h of changes) of(h.course_id).statusChanges.push({ date: h.effective_date, status: h.status });
  for (const m of measured) of(m.course_id).measuredOn.push(m.measured_on);
  for (const l of letters) of(l.course_id).lettersApprovedOn.push(l.approved_on);
  return clocks;
}
