import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/database.ts';
import { seedDemo } from '../demo/seed.ts';
import { createCprCipher } from '../participants/cpr.ts';
import type { DatabaseHandle } from '../platform/db.ts';

/*
 * course_facts (migrations/023) is a copy kept by triggers: after any write, each course's row must
 * equal what the functions that define the facts compute from the tables now.
 */
const stale = sql<{ id: string }>`
  select c.id from courses c left join course_facts f on f.course_id = c.id
  where (coalesce(f.status_changes::text, '[]'), coalesce(f.measured_on::text, '[]'),
         coalesce(f.letters_approved_on::text, '[]'), coalesce(f.unread_letters, 0),
         coalesce(f.step_kinds::text, '[]'), f.last_present, f.last_meeting, f.last_contact_note,
         f.next_meeting, f.next_task)
    is distinct from
        (course_status_changes(c.id)::text, course_measured_on(c.id)::text,
         course_letters_approved_on(c.id)::text, course_unread_letters(c.id),
         course_step_kinds(c.id)::text, course_last_present(c.id, 'infinity'),
         course_last_meeting(c.id, 'infinity'), course_last_contact_note(c.id, 'infinity'),
         course_next_meeting(c.id, '-infinity'), course_next_task(c.id))`;

describe('course facts', () => {
  let database: DatabaseHandle;
  const staleCourses = async () => (await stale.execute(database.db)).rows.map((r) => r.id);
  const one = async <T>(query: string) => (await database.pool.query(query)).rows[0] as T;

  beforeAll(async () => {
    database = await openTestDatabase();
    expect(await seedDemo(database.db, createCprCipher(randomBytes(32)))).toBe(true);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('agree with the tables after the demo is seeded, and the demo has facts of every kind', async () => {
    expect(await staleCourses()).toEqual([]);
    const kinds = await one<Record<string, number>>(`select
      count(*) filter (where status_changes::text <> '[]') as changes,
      count(*) filter (where measured_on::text <> '[]') as measured,
      count(*) filter (where last_present is not null) as present,
      count(*) filter (where step_kinds::text <> '[]') as steps
      from course_facts`);
    for (const [kind, count] of Object.entries(kinds)) expect(Number(count), kind).toBeGreaterThan(0);
  });

  it('follow corrections, deletions and a meeting moved to another course', async () => {
    const steps: string[] = [
      // A present day becomes an absence, and the newest contact note is deleted.
      `update attendance set status = 'absent', absence_reason = coalesce(absence_reason, 'sick')
        where (course_id, day) in (select course_id, max(day) from attendance where status = 'present'
        group by course_id limit 3)`,
      `update journal_notes set records_contact = true where id in (select id from journal_notes
        order by note_date desc limit 3)`,
      `delete from journal_notes where id in (select id from journal_notes where records_contact
        order by note_date desc limit 2)`,
      // Steps and letters change; a task is done.
      `delete from course_step_versions where step_id in (select id from course_steps
        where course_id = (select course_id from course_steps limit 1))`,
      `delete from course_steps where course_id = (select course_id from course_steps limit 1)`,
      `update status_letters set first_read_at = now() where first_read_at is null`,
      `update tasks set done_at = now(), done_by = created_by where id = (select id from tasks where done_at is null and course_id is not null limit 1)`,
      // A meeting moves from one course to another: both courses' facts change.
      `update meetings set course_id = (select id from courses where id <> meetings.course_id limit 1)
        where id = (select id from meetings where course_id is not null limit 1)`,
      `delete from meeting_participants where meeting_id = (select meeting_id from meeting_participants
        where kind = 'youngPerson' limit 1)`,
    ];
    for (const step of steps) {
      await database.pool.query(step);
      expect(await staleCourses(), step).toEqual([]);
    }
  });

  it('answer as of an earlier day with the day itself, not the stored latest', async () => {
    const course = await one<{ id: string; last: string }>(
      `select course_id as id, last_present::text as last from course_facts where last_present is not null limit 1`,
    );
    const { rows } = await database.pool.query<{ stored: string; earlier: string | null }>(
      `select f.last_present::text as stored, course_last_present(f.course_id, f.last_present - 1)::text as earlier
       from course_facts f where f.course_id = $1`,
      [course.id],
    );
    expect(rows[0]?.stored).toBe(course.last);
    expect(rows[0]?.earlier === null || (rows[0]?.earlier ?? '') < course.last).toBe(true);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'keep both of two concurrent writers to one course: the second waits and sees the first',
    async () => {
      const course = await one<{ id: string }>(
        `select c.id from courses c join course_facts f on f.course_id = c.id
         where f.last_present is not null limit 1`,
      );
      const a = await database.pool.connect();
      const b = await database.pool.connect();
      try {
        // Two days after anything recorded; the earlier one is committed last.
        const later = `(select last_present + 20 from course_facts where course_id = '${course.id}')`;
        const earlier = `(select last_present + 10 from course_facts where course_id = '${course.id}')`;
        const insert = (day: string) =>
          `insert into attendance (municipality_id, course_id, participant_id, day, status, hours,
             workplace_organisation_id, recorded_by)
           select municipality_id, course_id, participant_id, ${day}, 'present', hours,
             workplace_organisation_id, recorded_by
           from attendance where course_id = '${course.id}' limit 1`;
        await a.query('begin');
        await a.query(insert(later));
        await b.query('begin');
        const waiting = b.query(insert(earlier)).then(() => b.query('commit'));
        await new Promise((resolve) => setTimeout(resolve, 200));
        await a.query('commit');
        await waiting;
      } finally {
        a.release();
        b.release();
      }
      expect(await staleCourses()).toEqual([]);
    },
  );
});
