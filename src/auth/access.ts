import { sql } from 'kysely';
import { audit } from '../audit/audit.ts';
import { type ConsentCategory, consentCategories } from '../consents/categories.ts';
import type { Db } from '../platform/db.ts';
import { notFound } from '../platform/errors.ts';
import type { Actor } from './actor.ts';
import { classesFor } from './data-classes.ts';
import { type CourseRole, type Permission, rolePermissions, type Side } from './permissions.ts';
import type { Reader } from './view-policy.ts';

/** What the actor may do and see on one course, after team membership, role and consent. */
export interface CourseGrant extends Reader {
  courseId: string;
  participantId: string;
  municipalityId: string;
  partnershipId: string;
  role: CourseRole;
  side: Side;
  organisationId: string;
  permissions: ReadonlySet<Permission>;
  /** The consent categories shared with the reader's organisation; null when no consent is needed. */
  categories: ReadonlyArray<ConsentCategory> | null;
}

/**
 * The one access function for course objects. A course is visible only to its team; staff of the
 * partnership's institution see it by their role; anyone from another organisation (the
 * municipality, a company) also needs the participant's active consent naming their organisation,
 * and then sees only the categories that consent names; the participant sees their own. Anything
 * not listed is denied. Withdrawal counts from the day it is made, so it applies to the very next
 * request.
 */
export async function courseGrants(
  db: Db,
  actor: Pick<Actor, 'userId'>,
  courseIds?: readonly string[],
): Promise<Map<string, CourseGrant>> {
  if (courseIds && courseIds.length === 0) return new Map();
  let query = grantRows(db).where('ct.user_id', '=', actor.userId);
  if (courseIds) query = query.where('ct.course_id', 'in', courseIds);
  return grantsFrom(await query.execute(), actor.userId);
}

/**
 * The team rows a grant is made of, for any reader: `courseGrants` narrows them to one actor, and
 * the session lookup of a course route reads them for its course in the same round trip.
 */
export function grantRows(db: Db) {
  return db
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
      consentedTo().as('consented'),
    ]);
}

/**
 * What each active consent naming the team member's organisation shares, one list of categories
 * per consent (over `ct`, `c` and `p`): null when none names it. The lists are merged by
 * `grantsFrom`, not in SQL: a distinct aggregate over the unnested categories cost more than the
 * rest of a caseload's row. A query that already joins those (the caseload) selects it beside its
 * own.
 */
export function consentedTo() {
  return sql<string[][] | null>`(case
    -- The institution's own staff and the young person need no consent: skip the lookup.
    when ct.organisation_id = p.institution_id or ct.role = 'participant' then null
    else (select json_agg(k.categories)
    from consents k
    where k.participant_id = c.participant_id
      and k.withdrawn_on is null
      and k.given_on <= current_date
      and ((k.purpose = 'shareWithMunicipality' and ct.organisation_id = p.municipality_id)
        or (k.purpose = 'shareWithCompany' and k.recipient_organisation_id = ct.organisation_id))) end)`;
}

export type GrantRow = Awaited<ReturnType<ReturnType<typeof grantRows>['execute']>>[number];

/** The rules on top of the rows: side, consent categories and the data classes they open. */
export function grantsFrom(rows: readonly GrantRow[], userId: string): Map<string, CourseGrant> {
  const grants = new Map<string, CourseGrant>();
  for (const row of rows) {
    const role = row.role as CourseRole;
    let side: Side;
    let categories: ConsentCategory[] | null = null;
    if (role === 'participant') {
      if (row.participant_user_id !== userId) continue;
      side = 'participant';
    } else if (row.organisation_id === row.institution_id) {
      side = 'institution';
    } else {
      if (!row.consented) continue;
      // In the vocabulary's order, so every reader sees them alike; a consent without categories
      // still counts (it shares none of them).
      const shared = row.consented.flat();
      categories = consentCategories.filter((c) => shared.includes(c));
      if (row.organisation_id === row.partnership_municipality_id) side = 'municipality';
      else if (role === 'companyMentor') side = 'company';
      else continue;
    }
    grants.set(row.course_id, {
      courseId: row.course_id,
      participantId: row.participant_id,
      municipalityId: row.municipality_id,
      partnershipId: row.partnership_id,
      role,
      side,
      organisationId: row.organisation_id,
      permissions: rolePermissions[role],
      categories,
      classes: classesFor(role, categories ?? consentCategories),
    });
  }
  return grants;
}

/**
 * The grant for one course if the actor holds `permission` on it; otherwise "not found", and the
 * refused attempt is audited (in its own statement: the request's transaction is not open yet).
 */
export async function requireCourse(
  db: Db,
  actor: Pick<Actor, 'userId'>,
  courseId: string,
  permission: Permission,
  /** The actor's grants on this course, when the session lookup already read them. */
  read?: ReadonlyMap<string, CourseGrant>,
): Promise<CourseGrant> {
  const grant = (read ?? (await courseGrants(db, actor, [courseId]))).get(courseId);
  if (grant?.permissions.has(permission)) return grant;
  const course = await db
    .selectFrom('courses')
    .select(['participant_id', 'municipality_id'])
    .where('id', '=', courseId)
    .executeTakeFirst();
  await audit(db, actor, {
    action: 'course.access',
    outcome: 'refused',
    purpose: 'courseWork',
    courseId: course ? courseId : null,
    participantId: course?.participant_id ?? null,
    municipalityId: course?.municipality_id ?? null,
    objectType: 'course',
    objectId: courseId,
    detail: { permission },
  });
  throw notFound('course');
}
