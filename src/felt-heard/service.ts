import { type CourseScope, refuse } from '../auth/course-scope.ts';
import type { FeltHeardAnswer } from '../meetings/kinds.ts';
import { meetingReach, withinReach } from '../meetings/visibility.ts';
import { today } from '../platform/dates.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { feltHeardQueries } from './queries.ts';
import type { OwnMeeting } from './schemas.ts';

/** How long after a meeting the question stays on the young person's page. */
export const ASK_FOR_DAYS = 60;
const UPCOMING = 5;

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof feltHeardQueries>['one']>>>;

const own = (r: Row): OwnMeeting => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  startsAt: new Date(r.starts_at).toISOString(),
  endsAt: new Date(r.ends_at).toISOString(),
  place: r.place,
});

/** Whether the question is theirs to answer: a held meeting they were invited to and attended. */
const asksFeltHeard = (r: Row) => r.status === 'held' && r.young_person_present;

/** "Mine næste møder" and the held meetings still waiting for "Følte du dig hørt?". */
export async function getOwnMeetings(scope: CourseScope, now = new Date()) {
  const q = scope.queries(feltHeardQueries);
  const reach = meetingReach(scope.grant.role);
  const mine = (r: Row) => withinReach(reach, scope.actor.userId, r.invitees);
  const upcoming = (await q.upcoming(now, UPCOMING * 4)).filter(mine).slice(0, UPCOMING);
  const since = new Date(now.getTime() - ASK_FOR_DAYS * 86_400_000);
  const ask = (await q.heldSince(since)).filter((r) => mine(r) && asksFeltHeard(r) && !r.answered);
  await scope.audit('meetings.own.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { upcoming: upcoming.length, askFeltHeard: ask.length },
  });
  return { upcoming: upcoming.map(own), askFeltHeard: ask.map(own) };
}

/**
 * The young person's answer. Only for their own held meeting where they were present; once: a
 * second answer is refused (409), so the share counts each meeting once and nobody can change a
 * young person's answer afterwards.
 */
export async function answerFeltHeard(scope: CourseScope, meetingId: string, answer: FeltHeardAnswer) {
  const q = scope.queries(feltHeardQueries);
  const row = await q.one(meetingId);
  const reach = meetingReach(scope.grant.role);
  if (!row || !withinReach(reach, scope.actor.userId, row.invitees) || !asksFeltHeard(row))
    throw refuse(scope, notFound('meeting'), 'meetings.feltHeard.answer', {
      objectType: 'meeting',
      objectId: meetingId,
    });
  const meetingDay = today(new Date(row.starts_at));
  if (!(await q.answer(meetingId, answer, meetingDay)))
    throw refuse(scope, conflict('this meeting is already answered', 'answer'), 'meetings.feltHeard.answer', {
      objectType: 'meeting',
      objectId: meetingId,
    });
  await scope.audit('meetings.feltHeard.answer', { objectType: 'meeting', objectId: meetingId });
  return { meetingId, answer, meetingDay };
}
