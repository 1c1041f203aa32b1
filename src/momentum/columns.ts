import { sql } from 'kysely';
import type { IsoDate } from '../platform/dates.ts';
import { type Momentum, momentumOf } from './momentum.ts';

/**
 * What momentum reads about a course, as columns on any query that has the course as `c` and its
 * facts left-joined as `cf` (the work queue, the caseload): one definition, so both count the same
 * contacts and next steps. The latest of each kind of contact suffices, since momentum takes the
 * latest of them all.
 *
 * Which rows count is defined once, in SQL (migrations/023_course_facts.sql), and `course_facts`
 * keeps each fact over all days. As of today that is the answer; as of a day before a stored
 * contact (or after a stored planned meeting) the same function is asked for that day.
 */
export function momentumColumns(asOf: IsoDate) {
  const latest = (column: string, fn: string) =>
    sql<IsoDate | null>`case when ${sql.ref(`cf.${column}`)} is null or ${sql.ref(`cf.${column}`)} <= ${asOf}::date
      then ${sql.ref(`cf.${column}`)} else ${sql.raw(fn)}(c.id, ${asOf}::date) end`;
  return [
    latest('last_present', 'course_last_present').as('last_present'),
    latest('last_meeting', 'course_last_meeting').as('last_meeting'),
    latest('last_contact_note', 'course_last_contact_note').as('last_contact_note'),
    sql<IsoDate | null>`case when cf.next_meeting is null or cf.next_meeting >= ${asOf}::date
      then cf.next_meeting else course_next_meeting(c.id, ${asOf}::date) end`.as('next_meeting'),
    sql<IsoDate | null>`cf.next_task`.as('next_task'),
  ] as const;
}

export interface MomentumRow {
  status: 'active' | 'paused' | 'ended';
  start_date: IsoDate | null;
  referral_date: IsoDate | null;
  first_contact_date: IsoDate | null;
  last_present: IsoDate | null;
  last_meeting: IsoDate | null;
  last_contact_note: IsoDate | null;
  next_meeting: IsoDate | null;
  next_task: IsoDate | null;
}

export function momentumOfRow(row: MomentumRow, asOf: IsoDate): Momentum {
  const days = (d: IsoDate | null) => (d ? [d] : []);
  return momentumOf(
    {
      presentDays: days(row.last_present),
      attendedMeetingDays: days(row.last_meeting),
      contactNoteDays: days(row.last_contact_note),
      plannedMeetingDays: days(row.next_meeting),
      openTaskDeadlines: days(row.next_task),
      status: row.status,
      startDate: row.start_date,
      referralDate: row.referral_date,
      firstContactDate: row.first_contact_date,
    },
    asOf,
  );
}
