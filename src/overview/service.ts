import { type AuditEntry, audit } from '../audit/audit.ts';
import { auditFor } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import { developmentGroupOrganisations } from '../partnerships/access.ts';
import type { IsoDate } from '../platform/dates.ts';
import { notFound } from '../platform/errors.ts';
import { periodInstants } from './period.ts';
import { developmentGroupReader, meetingsInReach, type ReachedMeeting } from './reach.ts';
import type { OverviewMeeting } from './schemas.ts';

export function overviewItem(m: ReachedMeeting): OverviewMeeting {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    place: m.place,
    status: m.status,
    invited: m.invited,
    course: m.courseId
      ? {
          id: m.courseId,
          ...(m.givenName !== null ? { participantName: `${m.givenName} ${m.familyName ?? ''}`.trim() } : {}),
        }
      : null,
    partnership: { id: m.partnershipId, name: m.partnershipName },
  };
}

/** Presents each meeting to the reader it is read as: the course grant, or the development group. */
export function presentedItem(m: ReachedMeeting): OverviewMeeting {
  return present('meetingOverviewItem', overviewItem(m), m.grant ?? developmentGroupReader);
}

/**
 * The shared overview (issue 8 §4): every meeting in the period the actor may see across the
 * partnership's organisations. Which young people have meetings is personal data: one audit row
 * per course shown, with the count.
 */
export async function getMeetingOverview(scope: Scope, from: IsoDate, to: IsoDate) {
  const { start, end } = periodInstants(from, to);
  const reached = await meetingsInReach(
    scope.tx,
    { userId: scope.actor.userId, developmentGroupOrganisations: developmentGroupOrganisations(scope.actor) },
    start,
    end,
  );
  const perCourse = new Map<string, { m: ReachedMeeting; count: number }>();
  for (const m of reached) {
    if (!m.grant || !m.courseId) continue;
    const seen = perCourse.get(m.courseId);
    perCourse.set(m.courseId, { m, count: (seen?.count ?? 0) + 1 });
  }
  const entries: AuditEntry[] = [...perCourse.values()].flatMap(({ m, count }) =>
    m.grant
      ? [
          auditFor(m.grant, 'meetings.overview.read', {
            objectType: 'course',
            objectId: m.courseId,
            detail: { from, to, meetings: count },
          }),
        ]
      : [],
  );
  await audit(scope.tx, scope.actor, entries);
  return { from, to, meetings: reached.map(presentedItem) };
}

/**
 * One of the partnership's own meetings, read-only, for its development group. Course meetings
 * have their own page on the course (the meetings module).
 */
export async function getPartnershipMeeting(scope: Scope, meetingId: string) {
  const row = await scope.tx
    .selectFrom('meetings')
    .select(['starts_at', 'ends_at'])
    .where('id', '=', meetingId)
    .where('course_id', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('meeting');
  const found = (
    await meetingsInReach(
      scope.tx,
      {
        userId: scope.actor.userId,
        developmentGroupOrganisations: developmentGroupOrganisations(scope.actor),
      },
      new Date(row.starts_at),
      new Date(row.ends_at),
    )
  ).find((m) => m.id === meetingId);
  if (!found) throw notFound('meeting');
  return { meeting: presentedItem(found) };
}
