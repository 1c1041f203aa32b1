import { sql } from 'kysely';
import type { Db } from '../platform/db.ts';

export function findCourse(tx: Db, courseId: string) {
  return tx
    .selectFrom('courses as c')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .innerJoin('organisations as m', 'm.id', 'p.municipality_id')
    .innerJoin('organisations as i', 'i.id', 'p.institution_id')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select([
      'c.id',
      'c.referral_date',
      'c.start_date',
      'c.granted_months',
      'c.status',
      'c.outcome_type',
      'c.outcome_date',
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
    .where('c.id', '=', courseId)
    .executeTakeFirstOrThrow();
}

export function listTeam(tx: Db, courseId: string) {
  return tx
    .selectFrom('course_team as ct')
    .innerJoin('users as u', 'u.id', 'ct.user_id')
    .innerJoin('organisations as o', 'o.id', 'ct.organisation_id')
    .select(['u.id as userId', 'u.display_name as displayName', 'ct.role', 'o.name as organisation'])
    .where('ct.course_id', '=', courseId)
    .orderBy('ct.added_at')
    .execute();
}

export function listStatusHistory(tx: Db, courseId: string) {
  return tx
    .selectFrom('course_status_history')
    .select(['status', 'effective_date', 'reason', 'changed_at'])
    .where('course_id', '=', courseId)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One row per course on the actor's team, with this month's attendance and the last measurement. */
export function caseloadRows(tx: Db, userId: string, monthFirst: string, monthLast: string) {
  return tx
    .selectFrom('course_team as ct')
    .innerJoin('courses as c', 'c.id', 'ct.course_id')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select([
      'c.id',
      'ct.role',
      'c.status',
      'c.start_date',
      'c.participant_id',
      'c.municipality_id',
      'pt.given_name',
      'pt.family_name',
      sql<number>`(select count(*) from attendance a where a.course_id = c.id and a.day between ${monthFirst} and ${monthLast} and a.status = 'present')::int`.as(
        'present_days',
      ),
      sql<number>`(select count(*) from attendance a where a.course_id = c.id and a.day between ${monthFirst} and ${monthLast})::int`.as(
        'registered_days',
      ),
      sql<string | null>`(select max(m.measured_on)::text from measurements m where m.course_id = c.id)`.as(
        'last_measured_on',
      ),
    ])
    .where('ct.user_id', '=', userId)
    .where('ct.role', '!=', 'participant')
    .orderBy('pt.family_name')
    .orderBy('pt.given_name')
    .execute();
}
