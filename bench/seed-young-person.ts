import { addTeamMember, createUser } from '../src/demo/builders.ts';
import type { Db } from '../src/platform/db.ts';

/**
 * A young person who signs in (issue 11: Lighthouse on their own page, /min-side): the
 * participant of the coordinator's first course gets a login (`b1-ung-1`, the bench's password)
 * and is on their own course's team, as the demo's Amalie is.
 */
export async function seedYoungPerson(
  db: Db,
  coordinatorUserId: string,
  password: string,
): Promise<{ username: string; courseId: string }> {
  const course = await db
    .selectFrom('course_team as t')
    .innerJoin('courses as c', 'c.id', 't.course_id')
    .innerJoin('partnerships as p', 'p.id', 'c.partnership_id')
    .select([
      'c.id as courseId',
      'c.participant_id as participantId',
      'c.municipality_id as municipalityId',
      'p.institution_id as institutionId',
    ])
    .where('t.user_id', '=', coordinatorUserId)
    .where('t.role', '=', 'youthCoordinator')
    .orderBy('c.id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const username = 'b1-ung-1';
  const userId = await createUser(db, {
    username,
    displayName: 'Bench Ung 1',
    password,
    organisationId: course.institutionId,
    role: 'participant',
  });
  await db
    .updateTable('participants')
    .set({ user_id: userId })
    .where('id', '=', course.participantId)
    .execute();
  await addTeamMember(db, {
    courseId: course.courseId,
    municipalityId: course.municipalityId,
    userId,
    organisationId: course.institutionId,
    role: 'participant',
  });
  return { username, courseId: course.courseId };
}
