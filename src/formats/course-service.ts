import type { CourseScope } from '../auth/course-scope.ts';
import { meetingReach, withinReach } from '../meetings/visibility.ts';
import { today } from '../platform/dates.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { type Expected, StaleVersion } from '../platform/versions.ts';
import { courseFormatQueries } from './course-queries.ts';
import { formatPlanning } from './plan.ts';
import { formatQueries } from './queries.ts';
import type { ApplyFormat, CourseFormats, CourseFormatView } from './schemas.ts';
import { eventsOf, formatView } from './service.ts';

/** How many of the formats' next meetings the course overview shows. */
const UPCOMING = 8;

type Use = Awaited<ReturnType<ReturnType<typeof courseFormatQueries>['uses']>>[number];
const courseFormatView = (u: Use): CourseFormatView => ({
  id: u.id,
  formatId: u.format_id,
  name: u.name,
  events: u.events,
  appliedOn: u.applied_on,
  stoppedOn: u.stopped_on,
  version: u.version,
});

/**
 * "Koordineringsformat" on the course: the formats in use, those it may use, and their next
 * meetings — a company mentor and the young person only those they are invited to (meetings/visibility.ts).
 */
export async function readCourseFormats(scope: CourseScope): Promise<CourseFormats> {
  const q = scope.queries(courseFormatQueries);
  const uses = await q.uses();
  const available = await scope.queries(formatQueries).usableBy(scope.grant.partnershipId);
  const reach = meetingReach(scope.grant.role);
  const upcoming = (await q.upcoming(new Date(), UPCOMING * 4))
    .filter((m) => withinReach(reach, scope.actor.userId, m.invitees))
    .slice(0, UPCOMING)
    .map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      startsAt: new Date(m.starts_at).toISOString(),
      endsAt: new Date(m.ends_at).toISOString(),
      status: m.status,
      formatId: m.format_id ?? '',
      ruleId: m.format_rule ?? '',
    }));
  const presented = scope.present('courseFormats', {
    inUse: uses.map(courseFormatView),
    available: available.map(formatView),
    upcoming,
  });
  await scope.audit('formats.course.read', {
    objectType: 'course',
    objectId: scope.grant.courseId,
    detail: { inUse: presented.inUse.length, meetings: presented.upcoming.length },
  });
  return presented;
}

/**
 * Puts a format in use on the course and plans its meetings. Applying a format already in use
 * adds nothing: it plans again, which writes only what is missing.
 */
export async function applyFormatToCourse(scope: CourseScope, input: ApplyFormat) {
  const format = await scope.queries(formatQueries).find(input.formatId);
  if (!format || (format.partnership_id !== null && format.partnership_id !== scope.grant.partnershipId))
    throw badRequest('body.formatId: not a format of this partnership or the default', 'body.formatId');
  const events = input.events ?? {};
  for (const name of eventsOf(format))
    if (!events[name])
      throw badRequest(`body.events.${name}: this format needs the date`, `body.events.${name}`);
  const q = scope.queries(courseFormatQueries);
  const day = today();
  const created = await q.insert(format.id, events, day, scope.actor.userId);
  const { planned } = await scope.queries(formatPlanning).plan(day, scope.actor.userId);
  const use = (await q.uses()).find((u) => u.format_id === format.id && u.stopped_on === null) as Use;
  await scope.audit('formats.apply', {
    objectType: 'courseFormat',
    objectId: use.id,
    detail: { formatId: format.id, new: created !== undefined, planned },
  });
  return { courseFormat: courseFormatView(use), planned, cancelled: 0, created: created !== undefined };
}

/** Stops a format on the course: held and changed meetings stay; its untouched future ones are cancelled. */
export async function stopCourseFormat(scope: CourseScope, courseFormatId: string, expected: Expected) {
  const q = scope.queries(courseFormatQueries);
  const current = (await q.uses()).find((u) => u.id === courseFormatId);
  if (!current) throw notFound('course format');
  if (!(await q.stop(courseFormatId, expected, today(), scope.actor.userId)))
    throw new StaleVersion(current.version, scope.present('courseFormat', courseFormatView(current)));
  const cancelled = await q.cancelUntouched(current.format_id, new Date());
  await scope.audit('formats.stop', {
    objectType: 'courseFormat',
    objectId: courseFormatId,
    detail: { formatId: current.format_id, cancelled },
  });
  const after = (await q.uses()).find((u) => u.id === courseFormatId) as Use;
  return { courseFormat: courseFormatView(after), planned: 0, cancelled };
}
