import { sql } from 'kysely';
import { clockColumns } from '../due/clock.ts';
import { momentumColumns } from '../momentum/columns.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

/**
 * The work queue's three reads, each for a set of users at once: a caseworker with 60 courses,
 * or the daily job for every coordinator and caseworker, costs the same fixed number of queries.
 * A meeting's day is its day in Denmark, where the product is used.
 */
const meetingDay = sql<IsoDate>`(m.starts_at at time zone 'Europe/Copenhagen')::date`;

/** Every course the users work on (not as the young person), with its clock and momentum facts. */
export function queueCourses(tx: Db, userIds: readonly string[], asOf: IsoDate) {
  return tx
    .selectFrom('course_team as ct')
    .innerJoin('courses as c', 'c.id', 'ct.course_id')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .leftJoin('course_facts as cf', 'cf.course_id', 'c.id')
    .select([
      'ct.user_id',
      'ct.role',
      'c.id',
      'c.municipality_id',
      'c.status',
      'c.start_date',
      'c.outcome_date',
      'c.referral_date',
      'c.first_contact_date',
      'pt.given_name',
      'pt.family_name',
      'p.first_contact_promise_days as promise_days',
      ...clockColumns(),
      ...momentumColumns(asOf),
    ])
    .where('ct.user_id', 'in', userIds)
    .where('ct.role', '!=', 'participant')
    .orderBy('pt.family_name')
    .orderBy('pt.given_name')
    .orderBy('c.id')
    .execute();
}
export type QueueCourseRow = Awaited<ReturnType<typeof queueCourses>>[number];

/** Open tasks the users own with a deadline on or before `until` (past ones included). */
export function queueTasks(tx: Db, userIds: readonly string[], until: IsoDate) {
  return tx
    .selectFrom('tasks as t')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .select([
      't.id',
      't.owner_id',
      't.title',
      't.deadline',
      't.meeting_id',
      sql<string | null>`coalesce(t.course_id, m.course_id)`.as('course_id'),
    ])
    .where('t.owner_id', 'in', userIds)
    .where('t.done_at', 'is', null)
    .where('t.deadline', 'is not', null)
    .where('t.deadline', '<=', until)
    .execute();
}
export type QueueTaskRow = Awaited<ReturnType<typeof queueTasks>>[number];

/** Held course meetings whose minutes are not approved, for their chair and host. */
export function queueUnapprovedMinutes(tx: Db, userIds: readonly string[], asOf: IsoDate) {
  return tx
    .selectFrom('meetings as m')
    .select(['m.id', 'm.course_id', 'm.kind', 'm.chair_id', 'm.host_id', meetingDay.as('day')])
    .where('m.status', '=', 'held')
    .where('m.minutes_approved_at', 'is', null)
    .where('m.course_id', 'is not', null)
    .where((eb) => eb.or([eb('m.chair_id', 'in', userIds), eb('m.host_id', 'in', userIds)]))
    .where(meetingDay, '<=', asOf)
    .execute();
}
export type QueueMinutesRow = Awaited<ReturnType<typeof queueUnapprovedMinutes>>[number];
