import { sql } from 'kysely';
import { type CourseGrant, courseGrants } from '../auth/access.ts';
import type { Reader } from '../auth/view-policy.ts';
import type { MeetingKind, MeetingStatus } from '../meetings/kinds.ts';
import { meetingReach, withinReach } from '../meetings/visibility.ts';
import { developmentGroupRoles } from '../partnerships/access.ts';
import type { Db } from '../platform/db.ts';

/** Whose meetings: a user, and the organisations where they sit in a development group. */
export interface Viewer {
  userId: string;
  developmentGroupOrganisations: readonly string[];
}

export interface ReachedMeeting {
  id: string;
  courseId: string | null;
  partnershipId: string;
  partnershipName: string;
  municipalityId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  status: MeetingStatus;
  version: number;
  updatedAt: Date;
  participantId: string | null;
  givenName: string | null;
  familyName: string | null;
  /** The viewer is on the invitation as a user (or, for the young person, as the young person). */
  invited: boolean;
  /** The grant the meeting is read under; null for a partnership meeting (the development group). */
  grant: CourseGrant | null;
}

/**
 * The reader of a partnership meeting: it is about no young person, and the development group
 * receives its time, place and title (DOMAIN.md "The partnership's view").
 */
export const developmentGroupReader: Reader = {
  side: 'self',
  organisationId: null,
  classes: new Set(['public', 'self', 'identity', 'meetings']),
};

/**
 * Every meeting overlapping [from, to) the viewer may see, in two queries however many courses they
 * work on: their grants (team, role, consent: src/auth/access.ts), then the meetings of the courses
 * whose grant reads meetings plus the partnership meetings of their development groups. Which of a
 * course's meetings they see is the one rule in src/meetings/visibility.ts.
 */
export async function meetingsInReach(
  tx: Db,
  viewer: Viewer,
  from: Date,
  to: Date,
): Promise<ReachedMeeting[]> {
  const grants = [...(await courseGrants(tx, viewer)).values()].filter(
    (g) => g.permissions.has('meetings.read') && g.classes.has('meetings'),
  );
  const byCourse = new Map(grants.map((g) => [g.courseId, g]));
  const courseIds = [...byCourse.keys()];
  const orgs = [...viewer.developmentGroupOrganisations];
  if (courseIds.length === 0 && orgs.length === 0) return [];
  const rows = await tx
    .selectFrom('meetings as m')
    .innerJoin('partnerships as p', 'p.id', 'm.partnership_id')
    .leftJoin('courses as c', 'c.id', 'm.course_id')
    .leftJoin('participants as pt', 'pt.id', 'c.participant_id')
    .select([
      'm.id',
      'm.course_id',
      'm.partnership_id',
      'p.name as partnership_name',
      'm.municipality_id',
      'm.kind',
      'm.title',
      'm.starts_at',
      'm.ends_at',
      'm.place',
      'm.status',
      'm.version',
      'm.updated_at',
      'c.participant_id',
      'pt.given_name',
      'pt.family_name',
      sql<Array<{ kind: 'user' | 'youngPerson' | 'external'; userId: string | null }>>`(
        select coalesce(json_agg(json_build_object('kind', mp.kind, 'userId', mp.user_id)), '[]')
        from meeting_participants mp where mp.meeting_id = m.id)`.as('invitees'),
    ])
    .where('m.starts_at', '<', to)
    .where('m.ends_at', '>', from)
    .where((eb) =>
      eb.or([
        eb('m.course_id', '=', sql<string>`any(${sql.val(courseIds)}::uuid[])`),
        eb.and([
          eb('m.course_id', 'is', null),
          eb.or([
            eb('p.municipality_id', '=', sql<string>`any(${sql.val(orgs)}::uuid[])`),
            eb('p.institution_id', '=', sql<string>`any(${sql.val(orgs)}::uuid[])`),
          ]),
        ]),
      ]),
    )
    .orderBy('m.starts_at')
    .orderBy('m.id')
    .execute();
  const out: ReachedMeeting[] = [];
  for (const r of rows) {
    const grant = r.course_id ? (byCourse.get(r.course_id) ?? null) : null;
    if (r.course_id && !grant) continue;
    const reach = grant ? meetingReach(grant.role) : 'all';
    if (!withinReach(reach, viewer.userId, r.invitees)) continue;
    const invited =
      grant?.role === 'participant'
        ? r.invitees.some((i) => i.kind === 'youngPerson')
        : r.invitees.some((i) => i.kind === 'user' && i.userId === viewer.userId);
    out.push({
      id: r.id,
      courseId: r.course_id,
      partnershipId: r.partnership_id,
      partnershipName: r.partnership_name,
      municipalityId: r.municipality_id,
      kind: r.kind,
      title: r.title,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
      place: r.place,
      status: r.status,
      version: r.version,
      updatedAt: new Date(r.updated_at),
      participantId: r.participant_id,
      givenName: r.given_name,
      familyName: r.family_name,
      invited,
      grant,
    });
  }
  return out;
}

/** The organisations where a user sits in a development group, read from the database (the feed has no session). */
export async function developmentGroupOrganisationsOf(tx: Db, userId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('memberships')
    .select(['organisation_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  return [...new Set(rows.filter((r) => developmentGroupRoles.has(r.role)).map((r) => r.organisation_id))];
}
