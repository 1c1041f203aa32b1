import type pg from 'pg';
import { tracks } from '../src/platform/schemas.ts';
import { noteSentences } from './seed-data.ts';

export interface VolumeOptions {
  notesPerCourse: number;
  attendanceDays: number;
  goalsPerCourse: number;
  measurementsPerCourse: number;
  /** Months between a course's measurements (default 6; the national volume measures monthly). */
  measurementMonths?: number;
}

/** The courses whose journal the bench reads: this coordinator's get at least `notes` notes each. */
export interface JournalCourses {
  coordinatorId: string;
  notes: number;
}

/** Courses per attendance statement: a progress line each, and no one statement of tens of millions of rows. */
const ATTENDANCE_CHUNK = 5000;

/**
 * The volume: journal notes, attendance, goals and measurements for every course as set-based
 * INSERT … SELECT over generate_series — random but repeatable (setseed).
 *
 * Notes, attendance, goals and measurements are loaded with session_replication_role = replica (when the connection
 * may: a superuser, as on the throwaway cluster): that skips the per-row foreign-key checks, which
 * hold by construction here (every value comes from a join to its row), and migration 022's
 * statement triggers; attendance_months is then filled with migration 022's own backfill, and a
 * sample is checked against the triggers themselves (checkAttendanceMonths). Half the time at
 * national volume; the schema, its indexes and constraints stay as they are.
 */
export async function seedVolume(
  pool: pg.Pool,
  options: VolumeOptions,
  step: (what: string) => void,
  journalCourses?: JournalCourses,
) {
  const client = await pool.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    await client.query('RESET ROLE');
    const bulk = await client.query('SET session_replication_role = replica').then(
      () => true,
      () => false,
    );
    if (!bulk) await client.query('SET ROLE vivirk_app');
    await client.query(
      `INSERT INTO journal_notes (municipality_id, course_id, author_id, note_date, track, body, visibility, created_at)
       SELECT c.municipality_id, c.id, a.user_id, x.d,
         CASE WHEN x.r1 < 0.6 THEN (ARRAY[${tracks.map((t) => `'${t}'`).join(',')}])[1 + floor(x.r1 * 11)::int % 7] END,
         s.t[1 + floor(x.r1 * 12)::int] || ' ' || s.t[1 + floor(x.r2 * 12)::int]
           || CASE WHEN x.r3 < 0.5 THEN ' ' || s.t[1 + floor(x.r3 * 24)::int] ELSE '' END,
         CASE WHEN x.r2 < 0.7 THEN 'team' WHEN x.r2 < 0.9 THEN 'professionals' ELSE 'institution' END,
         x.d::timestamptz + interval '13 hours'
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN (SELECT $2::text[] AS t) s
       CROSS JOIN LATERAL (
         SELECT greatest(c.start_date, current_date - 365)
                  + ((n - 1) * (current_date - greatest(c.start_date, current_date - 365)) / k.notes)::int AS d,
                random() AS r1, random() AS r2, random() AS r3, n
         FROM (SELECT CASE WHEN a.user_id = $3::uuid THEN greatest($1::int, $4::int) ELSE $1::int END AS notes) k,
           generate_series(1, k.notes) AS n
       ) x`,
      [
        options.notesPerCourse,
        noteSentences,
        journalCourses?.coordinatorId ?? null,
        journalCourses?.notes ?? 0,
      ],
    );
    step('journal notes');
    // Whole partnerships per statement, about ATTENDANCE_CHUNK courses each.
    const sizes = await client.query<{ id: string; n: number }>(
      'SELECT partnership_id AS id, count(*)::int AS n FROM courses GROUP BY 1 ORDER BY 1',
    );
    const chunks: string[][] = [];
    let size = ATTENDANCE_CHUNK;
    for (const p of sizes.rows) {
      if (size + p.n > ATTENDANCE_CHUNK) {
        chunks.push([]);
        size = 0;
      }
      chunks.at(-1)!.push(p.id);
      size += p.n;
    }
    let rows = 0;
    for (const chunk of chunks) {
      const r = await client.query(
        `INSERT INTO attendance (municipality_id, course_id, participant_id, day, status, absence_reason, hours, recorded_by, workplace_organisation_id)
       SELECT municipality_id, course_id, participant_id, day,
         CASE WHEN r < 0.84 THEN 'present' ELSE 'absent' END,
         CASE WHEN r < 0.84 THEN NULL WHEN r < 0.92 THEN 'sick' WHEN r < 0.96 THEN 'agreed' ELSE 'unexplained' END,
         CASE WHEN r < 0.84 THEN 4 + floor(r * 5) ELSE 0 END, recorded_by, workplace
       FROM (
         SELECT c.municipality_id, c.id AS course_id, c.participant_id, d::date AS day, random() AS r, a.user_id AS recorded_by,
           p.institution_id AS workplace
         FROM courses c
         JOIN partnerships p ON p.id = c.partnership_id AND p.id = ANY($2::uuid[])
         JOIN course_team a ON a.course_id = c.id AND a.role = 'workshopMentor'
         CROSS JOIN LATERAL generate_series(greatest(c.start_date, current_date - $1::int), current_date - 1, interval '1 day') AS d
         WHERE extract(isodow FROM d) < 6
           AND (c.status = 'active' OR d::date < coalesce(c.outcome_date, current_date - 40))
       ) x`,
        [options.attendanceDays, chunk],
      );
      rows += r.rowCount ?? 0;
      step(`attendance: ${rows} days`);
    }
    await client.query(
      `INSERT INTO goals (municipality_id, course_id, area, track, title, status, circle_goal, circle_activities,
         circle_measure, circle_learned, version, created_by, created_at, updated_at)
       SELECT c.municipality_id, c.id,
         (ARRAY['employmentEducation', 'socialHealth', 'leisureRelations'])[1 + (n - 1) % 3],
         (ARRAY[${tracks.map((t) => `'${t}'`).join(',')}])[1 + (n * 3) % 7],
         (ARRAY['Stabilt fremmøde fire dage om ugen', 'Fast sengetid på hverdage', 'Tage bussen alene til praktik',
           'Lave et budget for måneden', 'Deltage i en fritidsaktivitet'])[1 + (n - 1) % 5],
         CASE WHEN n = 1 AND c.start_date < current_date - 200 THEN 'achieved' ELSE 'active' END,
         'Målet er aftalt med den unge.', 'Ugentlig opfølgning med mentor.', 'Fremmøde og samtale hver måned.', '',
         1, a.user_id, c.start_date::timestamptz + (n || ' days')::interval, c.start_date::timestamptz + (n || ' days')::interval
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN generate_series(1, $1::int) AS n`,
      [options.goalsPerCourse],
    );
    await client.query(
      `INSERT INTO goals (municipality_id, course_id, parent_goal_id, area, track, title, status, version, created_by)
       SELECT g.municipality_id, g.course_id, g.id, g.area, g.track, 'Delmål: ' || g.title, 'active', 1, g.created_by
       FROM goals g JOIN courses c ON c.id = g.course_id
       WHERE g.parent_goal_id IS NULL AND g.area = 'employmentEducation'`,
    );
    await client.query(
      `INSERT INTO goal_versions (municipality_id, goal_id, version, snapshot, changed_by, changed_at)
       SELECT municipality_id, id, 1, to_jsonb(g) - 'municipality_id', created_by, created_at FROM goals g`,
    );
    step('goals');
    await client.query(
      `INSERT INTO measurements (municipality_id, course_id, instrument_id, measured_on, scores, recorded_by)
       SELECT c.municipality_id, c.id, i.id, m.d,
         jsonb_build_object('motivation', least(5, 1 + k + floor(random() * 2)::int),
           'workIdentity', least(5, 1 + k), 'clarification', least(5, 1 + floor(random() * 3)::int + k / 2),
           'knowledge', least(5, 1 + k / 2 + floor(random() * 2)::int)),
         a.user_id
       FROM courses c
       JOIN course_team a ON a.course_id = c.id AND a.role = 'youthCoordinator'
       CROSS JOIN (SELECT id FROM measurement_instruments ORDER BY version DESC LIMIT 1) i
       CROSS JOIN generate_series(0, $1::int - 1) AS k
       CROSS JOIN LATERAL (SELECT (c.start_date + make_interval(months => $2::int * k))::date AS d) m
       WHERE m.d <= current_date`,
      [options.measurementsPerCourse, options.measurementMonths ?? 6],
    );
    step('measurements');
    if (bulk) {
      await client.query('SET session_replication_role = DEFAULT');
      // Migration 022's backfill: what its insert trigger would have added up, statement by statement.
      await client.query(
        `INSERT INTO attendance_months (course_id, month, present, absent)
         SELECT course_id, date_trunc('month', day)::date,
                count(*) FILTER (WHERE status = 'present'), count(*) FILTER (WHERE status = 'absent')
         FROM attendance GROUP BY 1, 2`,
      );
      step(`attendance_months from the days; ${await checkAttendanceMonths(client)}`);
      // Migration 023's facts, which its triggers would have kept.
      await client.query('SELECT rebuild_course_facts()');
      step('course_facts');
    }
    // The owner role may vacuum; the app role (set on connect) may not.
    await client.query('RESET ROLE');
    await client.query('VACUUM ANALYZE');
    await client.query('SET ROLE vivirk_app');
    step('VACUUM ANALYZE');
  } finally {
    client.release();
  }
}

/**
 * That attendance_months holds exactly what migration 022's triggers make of the seeded days: for
 * a sample of courses, every table's month count equals a recount from the days, and deleting
 * the sample's days through the delete trigger brings their months to zero (rolled back).
 * Throws when not; else a line for the log.
 */
async function checkAttendanceMonths(client: pg.PoolClient): Promise<string> {
  const recount = `SELECT course_id, date_trunc('month', day)::date AS month,
      count(*) FILTER (WHERE status = 'present')::int AS present, count(*) FILTER (WHERE status = 'absent')::int AS absent
    FROM attendance WHERE course_id IN (SELECT id FROM sample) GROUP BY 1, 2`;
  const sample = `sample AS (SELECT id FROM courses ORDER BY md5(id::text) LIMIT 200)`;
  const differ = await client.query<{ n: number }>(
    `WITH ${sample}, r AS (${recount}),
       m AS (SELECT course_id, month, present, absent FROM attendance_months WHERE course_id IN (SELECT id FROM sample))
     SELECT (SELECT count(*) FROM (TABLE r EXCEPT TABLE m) a)::int + (SELECT count(*) FROM (TABLE m EXCEPT TABLE r) b)::int AS n`,
  );
  await client.query('BEGIN');
  try {
    const deleted = await client.query(
      `WITH ${sample} DELETE FROM attendance WHERE course_id IN (SELECT id FROM sample)`,
    );
    const left = await client.query<{ n: number }>(
      `WITH ${sample} SELECT count(*)::int AS n FROM attendance_months
       WHERE course_id IN (SELECT id FROM sample) AND (present <> 0 OR absent <> 0)`,
    );
    if (differ.rows[0]?.n !== 0 || left.rows[0]?.n !== 0)
      throw new Error(
        `attendance_months differs from the days: ${differ.rows[0]?.n} month rows differ, ${left.rows[0]?.n} not zero after the delete trigger`,
      );
    return `checked on 200 courses: equal to a recount, and the delete trigger takes their ${deleted.rowCount} days to zero`;
  } finally {
    await client.query('ROLLBACK');
  }
}
