import { sql } from 'kysely';
import { consentedTo } from '../auth/access.ts';
import type { CourseQueries } from '../auth/course-scope.ts';
import { clockColumns } from '../due/clock.ts';
import { momentumColumns } from '../momentum/columns.ts';
import type { Db } from '../platform/db.ts';
import type { Expected } from '../platform/versions.ts';
import type { StatusChange } from './schemas.ts';

/** The course's own queries, bound to one course. */
export const courseQueries = ((tx, { courseId, municipalityId }) => ({
  find: () => findCourse(tx, courseId).executeTakeFirstOrThrow(),
  /** The course page's read, to run with its audit row (`scope.readAudited`). */
  page: () => findCourse(tx, courseId),
  /**
   * Compare and set: the row lock serialises status changes per course, and a change based on an
   * older version finds nothing to update (null).
   */
  async changeStatus(input: StatusChange, changedBy: string, expected: Expected): Promise<number | null> {
    const updated = await tx
      .updateTable('courses')
      .set({
        status: input.status,
        outcome_type: input.outcome?.type ?? null,
        outcome_date: input.outcome?.date ?? null,
        version: sql`version + 1`,
      })
      .where('id', '=', courseId)
      .$if(expected !== 'any', (q) => q.where('version', '=', expected as number))
      .returning('version')
      .executeTakeFirst();
    if (!updated) return null;
    await tx
      .insertInto('course_status_history')
      .values({
        municipality_id: municipalityId,
        course_id: courseId,
        status: input.status,
        effective_date: input.effectiveDate,
        reason: input.reason,
        changed_by: changedBy,
      })
      .execute();
    return updated.version;
  },
})) satisfies CourseQueries<unknown>;

function findCourse(tx: Db, courseId: string) {
  return (
    tx
      .selectFrom('courses as c')
      .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
      .innerJoin('organisations as m', 'm.id', 'p.municipality_id')
      .innerJoin('organisations as i', 'i.id', 'p.institution_id')
      .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
      .leftJoin('course_facts as cf', 'cf.course_id', 'c.id')
      .select([
        'c.id',
        'c.referral_date',
        'c.start_date',
        'c.granted_months',
        'c.status',
        'c.outcome_type',
        'c.outcome_date',
        'c.version',
        ...clockColumns(),
        'p.id as partnership_id',
        'p.name as partnership_name',
        'm.name as municipality_name',
        'i.name as institution_name',
      ])
      .select([
        'pt.id as p_id',
        'pt.municipality_id as p_municipality_id',
        'pt.partnership_id as p_partnership_id',
        'pt.ref as p_ref',
        'pt.given_name as p_given_name',
        'pt.family_name as p_family_name',
        'pt.birth_date as p_birth_date',
        'pt.gender as p_gender',
        'pt.disabilities as p_disabilities',
        'pt.acquired_strains as p_acquired_strains',
        'pt.support_needs as p_support_needs',
        'pt.phone as p_phone',
        'pt.email as p_email',
        'pt.cpr_encrypted as p_cpr_encrypted',
        'pt.user_id as p_user_id',
      ])
      // The team and the status history ride along: the course page is one round trip.
      .select([
        sql<Array<{ userId: string; displayName: string; role: string; organisation: string }>>`(
        select coalesce(json_agg(json_build_object('userId', u.id, 'displayName', u.display_name,
          'role', ct.role, 'organisation', o.name) order by ct.added_at, u.id), '[]'::json)
        from course_team ct join users u on u.id = ct.user_id join organisations o on o.id = ct.organisation_id
        where ct.course_id = c.id)`.as('team'),
        sql<
          Array<{
            status: 'active' | 'paused' | 'ended';
            effective_date: string;
            reason: string;
            changed_at: string;
          }>
        >`(
        select coalesce(json_agg(json_build_object('status', h.status, 'effective_date', h.effective_date,
          'reason', h.reason, 'changed_at', h.changed_at) order by h.changed_at desc, h.id desc), '[]'::json)
        from course_status_history h where h.course_id = c.id)`.as('history'),
      ])
      .where('c.id', '=', courseId)
  );
}

/** One row per course on the actor's team, with this month's attendance and what it owes. */
export function caseloadRows(tx: Db, userId: string, monthFirst: string, day: string) {
  return tx
    .selectFrom('course_team as ct')
    .innerJoin('courses as c', 'c.id', 'ct.course_id')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .leftJoin('course_facts as cf', 'cf.course_id', 'c.id')
    .select([
      'c.id',
      'ct.role',
      'c.status',
      'c.start_date',
      'c.participant_id',
      'c.municipality_id',
      // What the grant is made of (src/auth/access.ts): no second query for the access check.
      'ct.course_id',
      'ct.organisation_id',
      'c.partnership_id',
      'p.institution_id',
      'p.municipality_id as partnership_municipality_id',
      'pt.user_id as participant_user_id',
      consentedTo().as('consented'),
      'pt.given_name',
      'pt.family_name',
      // The month's counts are kept per course and month (migration 022): one row, not a count of days.
      sql<{ present: number; registered: number }>`(select json_build_object(
          'present', coalesce(sum(m.present), 0), 'registered', coalesce(sum(m.present + m.absent), 0))
        from attendance_months m where m.course_id = c.id and m.month = ${monthFirst}::date)`.as('month'),
      'c.outcome_date',
      ...clockColumns(),
      // Momentum (src/momentum/): days without contact, next step, referral to first contact.
      'c.referral_date',
      'c.first_contact_date',
      'p.first_contact_promise_days as promise_days',
      ...momentumColumns(day),
      // Letters written in the app that no caseworker has opened yet; the workflow's recorded steps
      // (both kept in course_facts: migrations/023).
      sql<number>`coalesce(cf.unread_letters, 0)`.as('unread_letters'),
      sql<string[]>`coalesce(cf.step_kinds, '[]'::json)`.as('step_kinds'),
    ])
    .where('ct.user_id', '=', userId)
    .where('ct.role', '!=', 'participant')
    .orderBy('pt.family_name')
    .orderBy('pt.given_name')
    .execute();
}
