import { audit } from '../audit/audit.ts';
import { type CourseScope, refuse } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import type { Reader } from '../auth/view-policy.ts';
import { developmentGroupPartnership, developmentGroupRoles } from '../partnerships/access.ts';
import type { MeetingDesk } from './desk.ts';
import { courseMeetingKinds, partnershipMeetingKinds } from './kinds.ts';
import { courseTeam, developmentGroup, type MeetingHome, meetingQueries } from './queries.ts';
import { meetingReach } from './visibility.ts';

/** Asks once per request. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load();
    return value;
  };
}

/** A course's meetings, for the reader the route's grant describes. */
export function courseDesk(scope: CourseScope): MeetingDesk {
  const { grant } = scope;
  return {
    actor: scope.actor,
    home: {
      courseId: grant.courseId,
      partnershipId: grant.partnershipId,
      municipalityId: grant.municipalityId,
    },
    q: scope.queries(meetingQueries),
    reach: meetingReach(grant.role),
    reads: grant.classes.has('meetings'),
    writes: grant.permissions.has('meetings.write'),
    kinds: courseMeetingKinds,
    hasYoungPerson: true,
    people: once(async () =>
      (await scope.queries(courseTeam)).map((u) => ({ id: u.id, displayName: u.display_name })),
    ),
    audit: (action, extra) => scope.audit(action, extra),
    present: (view, value) => scope.present(view, value),
    refuse: (error, action, extra) => refuse(scope, error, action, extra),
  };
}

/**
 * What the development group reads of its own meetings (src/auth/present-hook.ts gives the
 * partnership routes the same): they belong to no course and so to no young person's record.
 */
export const developmentGroupReader: Reader = {
  side: 'self',
  organisationId: null,
  classes: new Set(['public', 'self', 'meetings']),
};

/** The partnership's own meetings (development group, half-yearly status): for its development group only. */
export async function partnershipDesk(scope: Scope, partnershipId: string): Promise<MeetingDesk> {
  const partnership = await developmentGroupPartnership(scope, partnershipId);
  const home: MeetingHome = { courseId: null, partnershipId, municipalityId: partnership.municipalityId };
  return {
    actor: scope.actor,
    home,
    q: meetingQueries(scope.tx, home),
    reach: 'all',
    reads: true,
    writes: true,
    kinds: partnershipMeetingKinds,
    hasYoungPerson: false,
    people: once(async () =>
      (
        await developmentGroup(
          scope.tx,
          [partnership.municipalityId, partnership.institutionId],
          [...developmentGroupRoles],
        )
      ).map((u) => ({ id: u.id, displayName: u.display_name })),
    ),
    audit: (action, extra = {}) =>
      audit(scope.tx, scope.actor, {
        action,
        purpose: 'courseWork',
        municipalityId: partnership.municipalityId,
        ...extra,
      }),
    present: (view, value) => present(view, value, developmentGroupReader),
    refuse: (error) => error,
  };
}
