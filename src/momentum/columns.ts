import { sql } from 'kysely';
import type { IsoDate } from '../platform/dates.ts';
import { type Momentum, momentumOf } from './momentum.ts';

/** A meeting's day is its day in Denmark, where the product is used. */
const meetingDay = sql<IsoDate>`(m.starts_at at time zone 'Europe/Copenhagen')::date`;

/**
 * What momentum reads about a course, as columns on any query that has the course as `c` (the
 * work queue, the caseload): one definition, so both count the same contacts and next steps. The
 * latest of each kind of contact suffices, since momentum takes the latest of them all.
 */
export function momentumColumns(asOf: IsoDate) {
  return [
    sql<IsoDate | null>`(select max(a.day) from attendance a
      where a.course_id = c.id and a.status = 'present' and a.day <= ${asOf})`.as('last_present'),
    sql<IsoDate | null>`(select max(${meetingDay}) from meetings m
      join meeting_participants mp on mp.meeting_id = m.id and mp.kind = 'youngPerson' and mp.present
      where m.course_id = c.id and m.status = 'held' and ${meetingDay} <= ${asOf})`.as('last_meeting'),
    sql<IsoDate | null>`(select max(n.note_date) from journal_notes n
      where n.course_id = c.id and n.records_contact and n.note_date <= ${asOf})`.as('last_contact_note'),
    sql<IsoDate | null>`(select min(${meetingDay}) from meetings m
      where m.course_id = c.id and m.status = 'planned' and ${meetingDay} >= ${asOf})`.as('next_meeting'),
    sql<IsoDate | null>`(select min(t.deadline) from tasks t
      where t.course_id = c.id and t.done_at is null and t.deadline is not null)`.as('next_task'),
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
