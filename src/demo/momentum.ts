import { addDays } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';

/**
 * The demo's momentum (issue 8 §5): first contacts after each referral, one course that has lost
 * contact for three weeks, and an overdue task for the coordinator. Safe to run again: it only
 * fills in what is missing.
 */
export async function seedMomentum(db: Db, c: { day: string; partnership: string; coordinator: string }) {
  const courses = await db
    .selectFrom('courses as co')
    .innerJoin('participants as pt', 'pt.id', 'co.participant_id')
    .select([
      'co.id',
      'co.municipality_id',
      'co.referral_date',
      'co.first_contact_date',
      'co.start_date',
      'pt.ref',
      'pt.given_name',
    ])
    .where('co.partnership_id', '=', c.partnership)
    .orderBy('pt.ref')
    .execute();

  // First contact 3–8 days after the referral (the promise is 7: most keep it, a few do not).
  for (const [index, course] of courses.entries()) {
    // A referral not yet met (no start) keeps waiting for its first contact.
    if (course.first_contact_date || !course.referral_date || !course.start_date) continue;
    await db
      .updateTable('courses')
      .set({ first_contact_date: addDays(course.referral_date, 3 + ((index * 5) % 6)) })
      .where('id', '=', course.id)
      .execute();
  }

  // Alex has not been seen for three weeks: the days registered since are absences without
  // agreement (the registrations stay, so the attendance statistics keep their days).
  const alex = courses.find((r) => r.given_name === 'Alex');
  if (alex)
    await db
      .updateTable('attendance')
      .set({ status: 'absent', absence_reason: 'unexplained', hours: 0 })
      .where('course_id', '=', alex.id)
      .where('day', '>', addDays(c.day, -21))
      .where('status', '=', 'present')
      .execute();
  // The coordinator's overdue task is the meetings demo's (src/demo/meetings.ts).
}
