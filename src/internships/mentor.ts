import { courseGrants } from '../auth/access.ts';
import { courseScope } from '../auth/course-scope.ts';
import { present } from '../auth/present.ts';
import type { Scope } from '../auth/scope.ts';
import type { ScheduleDay } from '../companies/vocabulary.ts';
import { today } from '../platform/dates.ts';
import { internshipQueries } from './queries.ts';
import { viewObservation } from './service.ts';
import { viewInternship } from './view.ts';

/** ISO weekday (1 = Monday) of a Copenhagen calendar day. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Today's entry of the week's plan (the first, if the day has several). */
export function planFor(schedule: readonly ScheduleDay[], day: string): ScheduleDay | null {
  const weekday = isoWeekday(day);
  return schedule.find((d) => d.weekday === weekday) ?? null;
}

/**
 * "Min praktik": every running internship the actor is the company mentor of and still holds a
 * grant on (the young person's consent for their company), each through that course's grant, so
 * the page holds exactly what the consent names. Audited per internship read.
 */
export async function mentorInternships(scope: Scope) {
  const day = today();
  const rows = await scope.tx
    .selectFrom('internships')
    .select(['id', 'course_id', 'company_id'])
    .where('mentor_user_id', '=', scope.actor.userId)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', day)]))
    .orderBy('starts_on')
    .execute();
  const grants = await courseGrants(scope.tx, scope.actor, [...new Set(rows.map((r) => r.course_id))]);
  const internships = [];
  for (const { id, course_id, company_id } of rows) {
    const grant = grants.get(course_id);
    if (!grant?.permissions.has('internships.read') || grant.organisationId !== company_id) continue;
    const course = courseScope(scope.tx, scope.actor, grant);
    const q = course.queries(internshipQueries);
    const row = await q.find(id);
    if (!row) continue;
    const observations = await q.observations([id]);
    internships.push(
      present(
        'mentorInternship',
        {
          courseId: course_id,
          today: { date: day, weekday: isoWeekday(day), plan: planFor(row.schedule, day) },
          internship: await viewInternship(course, row),
          observations: observations.map((o) => viewObservation(o, scope.actor.userId)),
          mayRegisterAttendance: grant.permissions.has('attendance.write'),
        },
        grant,
      ),
    );
    await course.audit('internships.read', {
      objectType: 'internship',
      objectId: id,
      detail: { page: 'mentor' },
    });
  }
  return { internships };
}
