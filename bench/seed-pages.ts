import type pg from 'pg';
import { addTeamMember, createUser } from '../src/demo/builders.ts';
import type { Db } from '../src/platform/db.ts';

/** The journal the bench reads has this many notes (issue 11: "a course with 150 notes"). */
export const JOURNAL_NOTES = 150;

export interface YoungPerson {
  username: string;
  userId: string;
  courseId: string;
}

/**
 * A young person who signs in to their own page (/min-side), as the app knows one (src/demo/seed.ts):
 * a user with the participant role at the institution, the participant row pointing at the user,
 * and the user on their own course's team in the participant role. The course is the second of
 * the coordinator's (ref B1-00002): started over a year ago, a year of attendance, consents to
 * share with the municipality, a company and for statistics, as the seed gives most young people.
 */
export async function seedYoungPerson(
  db: Db,
  pool: pg.Pool,
  options: { password: string; institutionId: string; partnershipId: string },
): Promise<YoungPerson> {
  const course = await pool.query<{ course_id: string; participant_id: string; municipality_id: string }>(
    `SELECT c.id AS course_id, c.participant_id, c.municipality_id
     FROM courses c JOIN participants p ON p.id = c.participant_id
     WHERE p.partnership_id = $1 AND p.ref = 'B1-00002'`,
    [options.partnershipId],
  );
  const row = course.rows[0];
  if (!row) throw new Error('seed: no participant B1-00002 for the young person');
  const username = 'b1-ung-2';
  const userId = await createUser(db, {
    username,
    displayName: 'Bench Ung 2',
    password: options.password,
    organisationId: options.institutionId,
    role: 'participant',
  });
  await pool.query('UPDATE participants SET user_id = $1 WHERE id = $2', [userId, row.participant_id]);
  await addTeamMember(db, {
    courseId: row.course_id,
    municipalityId: row.municipality_id,
    userId,
    organisationId: options.institutionId,
    role: 'participant',
  });
  const consents = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM consents WHERE participant_id = $1 AND withdrawn_on IS NULL`,
    [row.participant_id],
  );
  if ((consents.rows[0]?.n ?? 0) === 0) throw new Error('seed: the young person has no consents');
  return { username, userId, courseId: row.course_id };
}
