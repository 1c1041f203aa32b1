import { sql } from 'kysely';
import type { AuditEntry } from '../audit/audit.ts';
import { notFound } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { type CourseRole, type Permission, rolePermissions, type Side } from './permissions.ts';

/** What the actor may do on one course, after team membership, role and consent are applied. */
export interface CourseGrant {
  courseId: string;
  participantId: string;
  municipalityId: string;
  partnershipId: string;
  role: CourseRole;
  side: Side;
  permissions: ReadonlySet<Permission>;
}

/**
 * The one access function for course objects. A course is visible only to its team; staff of the
 * partnership's institution see it by their role; anyone from another organisation (the
 * municipality, a company) also needs the participant's active consent naming their organisation;
 * the participant sees their own. Anything not listed is denied. Withdrawn consent counts from
 * the day it is withdrawn, so it applies to the very next request.
 */
export async function courseGrants(
  scope: Scope,
  courseIds?: readonly string[],
): Promise<Map<string, CourseGrant>> {
  const grants = new Map<string, CourseGrant>();
  if (courseIds && courseIds.length === 0) return grants;
  let query = scope.tx
    .selectFrom('course_team as ct')
    .innerJoin('courses as c', 'c.id', 'ct.course_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .innerJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select([
      'ct.course_id',
      'ct.role',
      'ct.organisation_id',
      'c.participant_id',
      'c.municipality_id',
      'c.partnership_id',
      'p.institution_id',
      'p.municipality_id as partnership_municipality_id',
      'pt.user_id as participant_user_id',
      sql<boolean>`exists (
        select 1 from consents k
        where k.participant_id = c.participant_id
          and k.withdrawn_on is null
          and k.given_on <= current_date
          and ((k.purpose = 'shareWithMunicipality' and ct.organisation_id = p.municipality_id)
            or (k.purpose = 'shareWithCompany' and k.recipient_organisation_id = ct.organisation_id)))`.as(
        'consented',
      ),
    ])
    .where('ct.user_id', '=', scope.actor.userId);
  if (courseIds) query = query.where('ct.course_id', 'in', courseIds);
  for (const row of await query.execute()) {
    const role = row.role as CourseRole;
    let side: Side;
    if (role === 'participant') {
      if (row.participant_user_id !== scope.actor.userId) continue;
      side = 'participant';
    } else if (row.organisation_id === row.institution_id) {
      side = 'institution';
    } else if (row.organisation_id === row.partnership_municipality_id) {
      if (!row.consented) continue;
      side = 'municipality';
    } else {
      if (!row.consented || role !== 'companyMentor') continue;
      side = 'company';
    }
    grants.set(row.course_id, {
      courseId: row.course_id,
      participantId: row.participant_id,
      municipalityId: row.municipality_id,
      partnershipId: row.partnership_id,
      role,
      side,
      permissions: rolePermissions[role],
    });
  }
  return grants;
}

/** The grant for one course if the actor holds `permission` on it; otherwise "not found". */
export async function requireCourse(
  scope: Scope,
  courseId: string,
  permission: Permission,
): Promise<CourseGrant> {
  const grant = (await courseGrants(scope, [courseId])).get(courseId);
  if (!grant?.permissions.has(permission)) throw notFound('course');
  return grant;
}

/** The audit fields every course-bound entry shares. */
export function auditFor(grant: CourseGrant, action: string, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    action,
    purpose: grant.side === 'participant' ? 'ownRecord' : 'courseWork',
    participantId: grant.participantId,
    courseId: grant.courseId,
    municipalityId: grant.municipalityId,
    ...extra,
  };
}
